import type { DbClient } from "@corridor/db";
import { AppError } from "../errors/app-error.ts";

export async function getBoard(options: { db: DbClient; id: string }) {
  const board = await options.db.board.findUnique({ where: { id: options.id }, select: { id: true, title: true, createdAt: true, updatedAt: true } });
  if (!board) throw new AppError("NOT_FOUND", `No board with id "${options.id}"`, { id: options.id });
  return board;
}
