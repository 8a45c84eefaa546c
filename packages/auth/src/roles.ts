// Board roles. A board inherits each member's team role; a per-board role overrides it (up or
// down). Owners manage members and links; editors edit; viewers read.
import { z } from "zod";

export const ROLES = ["viewer", "editor", "owner"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

export function roleAtLeast(role: Role | null, minimum: Role): boolean {
  return role !== null && RANK[role] >= RANK[minimum];
}

/** The role a user has on a board: the board override when there is one, else the team role. */
export function effectiveBoardRole(options: { teamRole: Role | null; boardRole: Role | null }): Role | null {
  return options.boardRole ?? options.teamRole;
}

export function parseRole(value: string): Role {
  return roleSchema.parse(value);
}
