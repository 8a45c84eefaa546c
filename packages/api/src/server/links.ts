// Invitation links (a role on a board or its team, for the signed-in user who opens one) and
// read-only briefing links (the board to anyone holding one). Links expire and can be revoked; the
// secret is shown once, at creation.
import { newLinkToken, roleAtLeast, parseRole, type Role } from "@corridor/auth";
import type { DbClient } from "@corridor/db";
import { AppError } from "../errors/app-error.ts";
import { findLiveLink, linkError, requireBoardAccess } from "./access.ts";

const HOUR_MS = 60 * 60 * 1000;

export async function createInviteLink(options: {
  db: DbClient;
  userId: string;
  boardId: string;
  scope: "board" | "team";
  role: Role;
  expiresInHours: number;
  label?: string | undefined;
}) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  const board = await options.db.board.findUniqueOrThrow({ where: { id: options.boardId }, select: { teamId: true } });
  if (options.scope === "team") {
    if (!board.teamId) throw new AppError("BAD_REQUEST", "This board has no team to invite to.");
    const teamRole = await options.db.teamMember.findUnique({ where: { teamId_userId: { teamId: board.teamId, userId: options.userId } } });
    if (!teamRole || parseRole(teamRole.role) !== "owner") throw new AppError("FORBIDDEN", "Only the team's owners can invite to the team.", { reason: "role" });
  }
  const token = newLinkToken();
  const link = await options.db.shareLink.create({
    data: {
      id: token.id,
      kind: "invite",
      secretHash: token.secretHash,
      boardId: options.scope === "board" ? options.boardId : null,
      teamId: options.scope === "team" ? board.teamId : null,
      role: options.role,
      label: options.label ?? null,
      expiresAt: new Date(Date.now() + options.expiresInHours * HOUR_MS),
      createdById: options.userId,
    },
  });
  return { id: link.id, token: token.token, path: `/invite/${token.token}`, role: options.role, scope: options.scope, expiresAt: link.expiresAt };
}

export async function createBriefingLink(options: { db: DbClient; userId: string; boardId: string; expiresInHours: number; label?: string | undefined }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  const token = newLinkToken();
  const link = await options.db.shareLink.create({
    data: {
      id: token.id,
      kind: "briefing",
      secretHash: token.secretHash,
      boardId: options.boardId,
      role: "viewer",
      label: options.label ?? null,
      expiresAt: new Date(Date.now() + options.expiresInHours * HOUR_MS),
      createdById: options.userId,
    },
  });
  return { id: link.id, token: token.token, path: `/brief/${token.token}`, expiresAt: link.expiresAt };
}

export async function listLinks(options: { db: DbClient; userId: string; boardId: string }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  const board = await options.db.board.findUniqueOrThrow({ where: { id: options.boardId }, select: { teamId: true } });
  const links = await options.db.shareLink.findMany({
    where: { OR: [{ boardId: options.boardId }, ...(board.teamId ? [{ teamId: board.teamId }] : [])] },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, role: true, label: true, expiresAt: true, revokedAt: true, createdAt: true, useCount: true, lastUsedAt: true, teamId: true },
  });
  const now = new Date();
  return {
    items: links.map((l) => ({ ...l, scope: l.teamId ? ("team" as const) : ("board" as const), state: l.revokedAt ? "revoked" : l.expiresAt <= now ? "expired" : "active" })),
  };
}

export async function revokeLink(options: { db: DbClient; userId: string; boardId: string; linkId: string }) {
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: options.boardId, minimum: "owner" });
  const board = await options.db.board.findUniqueOrThrow({ where: { id: options.boardId }, select: { teamId: true } });
  const link = await options.db.shareLink.findUnique({ where: { id: options.linkId } });
  const belongs = link && (link.boardId === options.boardId || (link.teamId !== null && link.teamId === board.teamId));
  if (!link || !belongs) throw new AppError("NOT_FOUND", "No such link on this board.", { linkId: options.linkId });
  await options.db.shareLink.update({ where: { id: link.id }, data: { revokedAt: link.revokedAt ?? new Date() } });
  return { id: link.id, revoked: true as const };
}

/** Grants the invitation's role to the signed-in user; never lowers a role they already have. */
export async function acceptInvite(options: { db: DbClient; userId: string; token: string }) {
  const found = await findLiveLink({ db: options.db, token: options.token, kind: "invite" });
  if (!found.ok) throw linkError(found.problem);
  const { link } = found;
  const role = parseRole(link.role);
  const keepHigher = (existing: string | undefined) => (existing && roleAtLeast(parseRole(existing), role) ? parseRole(existing) : role);
  let boardId: string | null = link.boardId;
  if (link.teamId) {
    const existing = await options.db.teamMember.findUnique({ where: { teamId_userId: { teamId: link.teamId, userId: options.userId } } });
    await options.db.teamMember.upsert({
      where: { teamId_userId: { teamId: link.teamId, userId: options.userId } },
      create: { teamId: link.teamId, userId: options.userId, role },
      update: { role: keepHigher(existing?.role) },
    });
    boardId ??= (await options.db.board.findFirst({ where: { teamId: link.teamId }, select: { id: true }, orderBy: { createdAt: "asc" } }))?.id ?? null;
  } else if (link.boardId) {
    const existing = await options.db.boardMember.findUnique({ where: { boardId_userId: { boardId: link.boardId, userId: options.userId } } });
    await options.db.boardMember.upsert({
      where: { boardId_userId: { boardId: link.boardId, userId: options.userId } },
      create: { boardId: link.boardId, userId: options.userId, role },
      update: { role: keepHigher(existing?.role) },
    });
  }
  await options.db.shareLink.update({ where: { id: link.id }, data: { useCount: { increment: 1 }, lastUsedAt: new Date() } });
  return { boardId, teamId: link.teamId, role };
}

/**
 * What a briefing link shows: exactly one board, read-only. A pure read (pages resolve it for
 * metadata, rendering and refetches); opening the link is counted by `recordBriefingView`.
 */
export async function resolveBriefingLink(options: { db: DbClient; token: string }) {
  const found = await findLiveLink({ db: options.db, token: options.token, kind: "briefing" });
  if (!found.ok) throw linkError(found.problem);
  const board = await options.db.board.findUnique({ where: { id: found.link.boardId ?? "" }, select: { id: true, title: true } });
  if (!board) throw linkError("invalid");
  return { board, role: "viewer" as const, expiresAt: found.link.expiresAt };
}

/** Counts one opening of a live briefing link (the guest's browser sends it once per page view). */
export async function recordBriefingView(options: { db: DbClient; token: string }) {
  const found = await findLiveLink({ db: options.db, token: options.token, kind: "briefing" });
  if (!found.ok) throw linkError(found.problem);
  await options.db.shareLink.update({ where: { id: found.link.id }, data: { useCount: { increment: 1 }, lastUsedAt: new Date() } });
  // Nothing about the link's other uses goes back to the guest.
  return { counted: true as const };
}
