// Who may do what on a board. A member's role is the per-board override when there is one, else
// the role inherited from the board's team. A briefing-link holder is a viewer of that one board.
import { effectiveBoardRole, parseRole, roleAtLeast, secretMatches, parseLinkToken, type Role } from "@corridor/auth";
import type { DbClient } from "@corridor/db";
import { AppError } from "../errors/app-error.ts";

export interface BoardAccess {
  boardId: string;
  role: Role;
  via: "member" | "briefing-link";
}

export async function memberRole(options: { db: DbClient; userId: string; boardId: string }): Promise<Role | null> {
  const board = await options.db.board.findUnique({
    where: { id: options.boardId },
    select: {
      members: { where: { userId: options.userId }, select: { role: true } },
      team: { select: { members: { where: { userId: options.userId }, select: { role: true } } } },
    },
  });
  if (!board) throw new AppError("NOT_FOUND", `No board with id "${options.boardId}"`, { boardId: options.boardId });
  const boardRole = board.members[0]?.role;
  const teamRole = board.team?.members[0]?.role;
  return effectiveBoardRole({
    boardRole: boardRole === undefined ? null : parseRole(boardRole),
    teamRole: teamRole === undefined ? null : parseRole(teamRole),
  });
}

export type LinkProblem = "invalid" | "expired" | "revoked";

/** Finds a live link of a kind by its token, or says why it cannot be used. */
export async function findLiveLink(options: { db: DbClient; token: string; kind: "invite" | "briefing" | "snapshot"; now?: Date }) {
  const parsed = parseLinkToken(options.token);
  const link = parsed ? await options.db.shareLink.findUnique({ where: { id: parsed.id } }) : null;
  if (!parsed || !link || link.kind !== options.kind || !secretMatches(parsed.secret, link.secretHash)) {
    return { ok: false as const, problem: "invalid" as LinkProblem };
  }
  if (link.revokedAt) return { ok: false as const, problem: "revoked" as LinkProblem };
  if (link.expiresAt <= (options.now ?? new Date())) return { ok: false as const, problem: "expired" as LinkProblem };
  return { ok: true as const, link };
}

export function linkError(problem: LinkProblem): AppError {
  const messages: Record<LinkProblem, string> = {
    invalid: "This link is not valid. Ask the board's owner for a new one.",
    expired: "This link has expired. Ask the board's owner for a new one.",
    revoked: "This link has been revoked. Ask the board's owner for a new one.",
  };
  return new AppError("FORBIDDEN", messages[problem], { reason: `link-${problem}` });
}

/**
 * The access a request has to a board: through membership (signed in) or a briefing link.
 * Throws NOT_FOUND for a missing board, UNAUTHORIZED without a session or link, FORBIDDEN when the
 * role is below `minimum` or the user is not a member.
 */
export async function requireBoardAccess(options: {
  db: DbClient;
  userId: string | null;
  boardId: string;
  minimum: Role;
  briefingToken?: string | undefined;
}): Promise<BoardAccess> {
  if (options.userId) {
    const role = await memberRole({ db: options.db, userId: options.userId, boardId: options.boardId });
    if (role && roleAtLeast(role, options.minimum)) return { boardId: options.boardId, role, via: "member" };
    if (role) throw new AppError("FORBIDDEN", `This needs the ${options.minimum} role on the board; you are ${role === "editor" ? "an" : "a"} ${role}.`, { reason: "role", role });
  }
  if (options.briefingToken) {
    const found = await findLiveLink({ db: options.db, token: options.briefingToken, kind: "briefing" });
    if (!found.ok) throw linkError(found.problem);
    if (found.link.boardId !== options.boardId) throw linkError("invalid");
    if (!roleAtLeast("viewer", options.minimum)) throw new AppError("FORBIDDEN", "A briefing link shows the board read-only.", { reason: "role", role: "viewer" });
    return { boardId: options.boardId, role: "viewer", via: "briefing-link" };
  }
  if (!options.userId) throw new AppError("UNAUTHORIZED", "Sign in to open this board");
  // Exists (memberRole would have thrown NOT_FOUND) but the user has no role on it.
  throw new AppError("FORBIDDEN", "You do not have access to this board. Ask its owner for an invitation.", { reason: "not-a-member" });
}
