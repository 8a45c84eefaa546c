// Demo data for the embedded mode: a demo account, a demo team owning the default board. Never
// created in production on PostgreSQL unless asked for (see shouldSeedDemo).
import type { DbClient } from "@corridor/db";
import type { Auth } from "./auth.ts";

export const DEMO_ACCOUNT = { email: "demo@corridor.local", password: "corridor-demo", name: "Demo Analyst" } as const;
export const DEMO_TEAM = { id: "demo-team", name: "Central Asia desk (demo)" } as const;

export function shouldSeedDemo(options: { provider: "sqlite" | "postgresql"; nodeEnv: string | undefined; seedDemo: string | undefined }): boolean {
  if (options.seedDemo === "1" || options.seedDemo === "true") return true;
  if (options.seedDemo === "0" || options.seedDemo === "false") return false;
  return options.provider === "sqlite" || options.nodeEnv !== "production";
}

/** Idempotent: creates what is missing, changes nothing that exists. */
export async function seedDemo(options: { db: DbClient; auth: Auth; boardId: string }) {
  const { db } = options;
  let user = await db.user.findUnique({ where: { email: DEMO_ACCOUNT.email } });
  const createdUser = !user;
  if (!user) {
    await options.auth.api.signUpEmail({ body: { ...DEMO_ACCOUNT } });
    user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } });
  }
  await db.team.upsert({ where: { id: DEMO_TEAM.id }, create: { ...DEMO_TEAM }, update: {} });
  await db.teamMember.upsert({
    where: { teamId_userId: { teamId: DEMO_TEAM.id, userId: user.id } },
    create: { teamId: DEMO_TEAM.id, userId: user.id, role: "owner" },
    update: {},
  });
  await db.board.updateMany({ where: { id: options.boardId, teamId: null }, data: { teamId: DEMO_TEAM.id } });
  return { createdUser, userId: user.id };
}
