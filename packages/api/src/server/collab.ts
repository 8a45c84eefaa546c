// Issues the short-lived token the collab server checks on the socket upgrade: members get their
// role, briefing-link holders get viewer.
import { signCollabToken } from "@corridor/collab-token";
import type { DbClient } from "@corridor/db";
import { AppError } from "../errors/app-error.ts";
import type { CollabConfig, SessionUser } from "../trpc.ts";
import { requireBoardAccess } from "./access.ts";

export async function issueCollabToken(options: {
  db: DbClient;
  collab: CollabConfig | null;
  user: SessionUser | null;
  boardId: string;
  briefingToken?: string | undefined;
}) {
  if (!options.collab) throw new AppError("INTERNAL", "Live collaboration is not configured on this server.");
  const access = await requireBoardAccess({
    db: options.db,
    userId: options.user?.id ?? null,
    boardId: options.boardId,
    minimum: "viewer",
    briefingToken: options.briefingToken,
  });
  const ttlSeconds = options.collab.ttlSeconds ?? 600;
  const userId = options.user && access.via === "member" ? options.user.id : `guest:${crypto.randomUUID()}`;
  const displayName = options.user && access.via === "member" ? options.user.name : "Guest (briefing link)";
  const token = await signCollabToken({
    secret: options.collab.secret,
    claims: { userId, displayName, boardId: options.boardId, role: access.role },
    ttlSeconds,
  });
  return { token, url: options.collab.url, role: access.role, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
}
