import { randomBytes } from "node:crypto";
import type { DbClient } from "@corridor/db";

export async function listMyTeams(options: { db: DbClient; userId: string }) {
  const memberships = await options.db.teamMember.findMany({
    where: { userId: options.userId },
    select: { role: true, team: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ id: m.team.id, name: m.team.name, role: m.role }));
}

/** The creator becomes the team's owner. */
export async function createTeam(options: { db: DbClient; userId: string; name: string }) {
  const id = `team-${randomBytes(6).toString("hex")}`;
  await options.db.team.create({ data: { id, name: options.name, members: { create: { userId: options.userId, role: "owner" } } } });
  return { id, name: options.name, role: "owner" as const };
}
