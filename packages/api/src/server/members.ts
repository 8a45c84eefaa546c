// Board members: everyone with a role on the board (from the team or an override). Owners change
// roles and remove people; the board always keeps at least one owner.
import { effectiveBoardRole, parseRole, type Role } from "@corridor/auth";
import type { DbClient } from "@corridor/db";
import { AppError } from "../errors/app-error.ts";
import { requireBoardAccess } from "./access.ts";

export interface BoardMemberDto {
  userId: string;
  name: string;
  email: string;
  role: Role;
  teamRole: Role | null;
  boardRole: Role | null;
}

async function membersOf(db: DbClient, boardId: string): Promise<BoardMemberDto[]> {
  const board = await db.board.findUniqueOrThrow({
    where: { id: boardId },
    select: {
      members: { select: { role: true, user: { select: { id: true, name: true, email: true } } } },
      team: { select: { members: { select: { role: true, user: { select: { id: true, name: true, email: true } } } } } },
    },
  });
  const people = new Map<string, BoardMemberDto>();
  for (const m of board.team?.members ?? []) {
    people.set(m.user.id, { userId: m.user.id, name: m.user.name, email: m.user.email, teamRole: parseRole(m.role), boardRole: null, role: parseRole(m.role) });
  }
  for (const m of board.members) {
    const existing = people.get(m.user.id);
    const boardRole = parseRole(m.role);
    const teamRole = existing?.teamRole ?? null;
    people.set(m.user.id, { userId: m.user.id, name: m.user.name, email: m.user.email, teamRole, boardRole, role: effectiveBoardRole({ teamRole, boardRole }) ?? boardRole });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function listBoardMembers(options: { db: DbClient; userId: string; boardId: string }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "viewer" });
  return { items: await membersOf(options.db, options.boardId) };
}

function assertKeepsAnOwner(members: BoardMemberDto[], changedUserId: string, newRole: Role | null) {
  const owners = members.filter((m) => (m.userId === changedUserId ? newRole === "owner" : m.role === "owner"));
  if (owners.length === 0) throw new AppError("CONFLICT", "A board needs at least one owner: make someone else owner first.", { reason: "last-owner" });
}

/** Sets a per-board role (overriding the team role). */
export async function setBoardMemberRole(options: { db: DbClient; userId: string; boardId: string; memberId: string; role: Role }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  const members = await membersOf(options.db, options.boardId);
  if (!members.some((m) => m.userId === options.memberId)) throw new AppError("NOT_FOUND", "That person is not a member of this board.", { memberId: options.memberId });
  assertKeepsAnOwner(members, options.memberId, options.role);
  await options.db.boardMember.upsert({
    where: { boardId_userId: { boardId: options.boardId, userId: options.memberId } },
    create: { boardId: options.boardId, userId: options.memberId, role: options.role },
    update: { role: options.role },
  });
  // The answer is the list just read with the one change applied: no second read.
  const items = members.map((m) =>
    m.userId === options.memberId ? { ...m, boardRole: options.role, role: effectiveBoardRole({ teamRole: m.teamRole, boardRole: options.role }) ?? options.role } : m,
  );
  return { items };
}

/** Removes a board-level member. Team members keep their inherited access; change it in the team. */
export async function removeBoardMember(options: { db: DbClient; userId: string; boardId: string; memberId: string }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  const members = await membersOf(options.db, options.boardId);
  const member = members.find((m) => m.userId === options.memberId);
  if (!member) throw new AppError("NOT_FOUND", "That person is not a member of this board.", { memberId: options.memberId });
  if (member.teamRole !== null) {
    throw new AppError("CONFLICT", "This person has access through the board's team; change their team role, or set a board role instead.", { reason: "team-member" });
  }
  assertKeepsAnOwner(members, options.memberId, null);
  await options.db.boardMember.delete({ where: { boardId_userId: { boardId: options.boardId, userId: options.memberId } } });
  return { items: members.filter((m) => m.userId !== options.memberId) };
}
