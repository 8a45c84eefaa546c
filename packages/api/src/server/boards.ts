// Boards: the signed-in user's list, and create / rename / duplicate / archive / delete. Every
// function takes the caller's identity and checks the role itself, so no caller can skip it.
import { randomBytes } from "node:crypto";
import { readBoardDocState, toDbBytes, type DbClient } from "@corridor/db";
import { parseRole, roleAtLeast, type Role } from "@corridor/auth";
import { AppError } from "../errors/app-error.ts";
import { requireBoardAccess } from "./access.ts";

const newBoardId = (title: string) => {
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${slug || "board"}-${randomBytes(4).toString("hex")}`;
};

export async function getBoard(options: { db: DbClient; userId: string | null; boardId: string; briefingToken?: string | undefined }) {
  const access = await requireBoardAccess({ ...options, minimum: "viewer" });
  const board = await options.db.board.findUniqueOrThrow({
    where: { id: options.boardId },
    select: { id: true, title: true, archivedAt: true, createdAt: true, updatedAt: true, team: { select: { id: true, name: true } } },
  });
  // A briefing link exposes exactly the board: not its team.
  return { ...board, team: access.via === "member" ? board.team : null, role: access.role, via: access.via };
}

export async function listMyBoards(options: { db: DbClient; userId: string; includeArchived: boolean }) {
  const [teamRoles, boardRoles] = await Promise.all([
    options.db.teamMember.findMany({ where: { userId: options.userId }, select: { teamId: true, role: true } }),
    options.db.boardMember.findMany({ where: { userId: options.userId }, select: { boardId: true, role: true } }),
  ]);
  const teamRole = new Map(teamRoles.map((m) => [m.teamId, parseRole(m.role)]));
  const boardRole = new Map(boardRoles.map((m) => [m.boardId, parseRole(m.role)]));
  const boards = await options.db.board.findMany({
    where: {
      OR: [{ teamId: { in: [...teamRole.keys()] } }, { id: { in: [...boardRole.keys()] } }],
      ...(options.includeArchived ? {} : { archivedAt: null }),
    },
    select: { id: true, title: true, archivedAt: true, updatedAt: true, teamId: true, team: { select: { name: true } } },
    orderBy: { updatedAt: "desc" },
  });
  return boards.map((b) => ({
    id: b.id,
    title: b.title,
    archivedAt: b.archivedAt,
    updatedAt: b.updatedAt,
    teamId: b.teamId,
    teamName: b.team?.name ?? null,
    role: (boardRole.get(b.id) ?? (b.teamId ? teamRole.get(b.teamId) : undefined) ?? "viewer") satisfies Role,
  }));
}

async function requireTeamRole(db: DbClient, userId: string, teamId: string, minimum: Role): Promise<Role> {
  const member = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!member) {
    const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true } });
    if (!team) throw new AppError("NOT_FOUND", `No team with id "${teamId}"`, { teamId });
    throw new AppError("FORBIDDEN", "You are not a member of this team.", { reason: "not-a-member" });
  }
  const role = parseRole(member.role);
  if (!roleAtLeast(role, minimum)) throw new AppError("FORBIDDEN", `Creating boards in this team needs the ${minimum} role.`, { reason: "role", role });
  return role;
}

export async function createBoard(options: { db: DbClient; userId: string; teamId: string; title: string }) {
  await requireTeamRole(options.db, options.userId, options.teamId, "editor");
  return options.db.board.create({
    data: { id: newBoardId(options.title), title: options.title, teamId: options.teamId, createdById: options.userId },
    select: { id: true, title: true, teamId: true },
  });
}

export async function renameBoard(options: { db: DbClient; userId: string; boardId: string; title: string }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  return options.db.board.update({ where: { id: options.boardId }, data: { title: options.title }, select: { id: true, title: true } });
}

/** Copies the board and its shared document (compacted state plus the update log) into the same team. */
export async function duplicateBoard(options: { db: DbClient; userId: string; boardId: string; title?: string | undefined }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "viewer" });
  const source = await options.db.board.findUniqueOrThrow({ where: { id: options.boardId } });
  if (!source.teamId) throw new AppError("BAD_REQUEST", "This board belongs to no team and cannot be duplicated.");
  await requireTeamRole(options.db, options.userId, source.teamId, "editor");
  const title = options.title ?? `${source.title} (copy)`;
  const id = newBoardId(title);
  // One merged state, not the source's log row by row: the copy starts compacted.
  const state = await readBoardDocState(options.db, source.id);
  await options.db.$transaction([
    options.db.board.create({ data: { id, title, teamId: source.teamId, createdById: options.userId } }),
    options.db.docState.create({ data: { room: id, state: toDbBytes(state), throughId: 0 } }),
  ]);
  return { id, title, teamId: source.teamId };
}

export async function setBoardArchived(options: { db: DbClient; userId: string; boardId: string; archived: boolean }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  return options.db.board.update({
    where: { id: options.boardId },
    data: { archivedAt: options.archived ? new Date() : null },
    select: { id: true, archivedAt: true },
  });
}

/** Deletes the board and its document for good; the caller must repeat the title (no slip of a click). */
export async function deleteBoard(options: { db: DbClient; userId: string; boardId: string; confirmTitle: string }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  const board = await options.db.board.findUniqueOrThrow({ where: { id: options.boardId }, select: { title: true } });
  if (board.title !== options.confirmTitle) {
    throw new AppError("BAD_REQUEST", "Type the board's title exactly to delete it.", { reason: "confirm-title" });
  }
  await options.db.$transaction([
    options.db.docUpdate.deleteMany({ where: { room: options.boardId } }),
    options.db.docState.deleteMany({ where: { room: options.boardId } }),
    options.db.board.delete({ where: { id: options.boardId } }),
  ]);
  return { id: options.boardId, deleted: true as const };
}
