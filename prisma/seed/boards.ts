// The default board every installation starts with. Its id is the URL slug (/b/<id>).
import type { DbClient } from "@corridor/db";

export const DEFAULT_BOARD = { id: "kazakhstan-china-eu", title: "Kazakhstan between China and the EU" } as const;

/** Creates the default board when it is missing; never renames a board a team has edited. */
export async function seedDefaultBoard(db: DbClient): Promise<{ created: boolean }> {
  const existing = await db.board.findUnique({ where: { id: DEFAULT_BOARD.id } });
  if (existing) return { created: false };
  await db.board.create({ data: { ...DEFAULT_BOARD } });
  return { created: true };
}
