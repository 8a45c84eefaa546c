// Accounts, teams, boards and roles through the real API over HTTP with real Better Auth sessions,
// on SQLite and PostgreSQL: nobody reads or changes a board they do not belong to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@corridor/auth";
import { verifyCollabToken } from "@corridor/collab-token";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@corridor/prisma/testing";
import { startApiServer } from "./http-server.ts";

const hasPostgres = await postgresAvailable();
if (!hasPostgres) console.warn("SKIPPING the PostgreSQL access suite: no server at 127.0.0.1:5432");
const COLLAB_SECRET = "c".repeat(48);

type Body = Record<string, unknown>;
const data = <T>(body: Body) => (body.result as { data: { json: T } }).data.json;
const err = (body: Body) => (body.error as { json: { message: string; data: { code: string; appError: { details: Record<string, unknown> | null } | null } } }).json;

async function signUp(auth: Auth, name: string): Promise<string> {
  const email = `${name.toLowerCase()}@example.org`;
  const response = await auth.api.signUpEmail({ body: { email, password: `${name}-long-password`, name }, asResponse: true });
  if (!response.ok) throw new Error(`sign-up of ${name} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe.each([
  { provider: "sqlite" as const, run: true },
  { provider: "postgresql" as const, run: hasPostgres },
])("access control on $provider", ({ provider, run }) => {
  let db: TestDatabase;
  let auth: Auth;
  let api: Awaited<ReturnType<typeof startApiServer>>;
  const cookies: Record<string, string> = {};
  let teamId = "";
  let boardId = "";

  beforeAll(async () => {
    if (!run) return;
    db = await createTestDatabase(provider);
    auth = createAuth({ database: db.database, secret: "s".repeat(40), baseURL: "http://localhost:3000", rateLimit: { enabled: false } });
    api = await startApiServer(db.database.client, { auth, collab: { secret: COLLAB_SECRET, url: "ws://127.0.0.1:1234" } });
    for (const name of ["Olga", "Erlan", "Vera", "Oscar"]) cookies[name] = await signUp(auth, name);
    const team = await api.mutate("teams.create", { name: "Central Asia desk" }, cookies.Olga);
    teamId = data<{ id: string }>(team.body).id;
    const board = await api.mutate("boards.create", { teamId, title: "Caspian ports watch" }, cookies.Olga);
    if (board.status !== 200) throw new Error(`board create failed: ${JSON.stringify(board.body)}`);
    boardId = data<{ id: string }>(board.body).id;
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.dispose();
  });

  it.runIf(run)("refuses anonymous callers with UNAUTHORIZED and keeps public indicators public", async () => {
    expect((await api.query("boards.mine")).status).toBe(401);
    expect((await api.query("boards.byId", { id: boardId })).status).toBe(401);
    expect((await api.mutate("collab.token", { boardId })).status).toBe(401);
    expect((await api.mutate("boards.create", { teamId, title: "x" })).status).toBe(401);
    expect((await api.query("investments.summary", { groupBy: "status" })).status).toBe(200);
  });

  it.runIf(run)("lets the owner see and manage the board, and nobody else", async () => {
    const mine = data<{ id: string; role: string }[]>((await api.query("boards.mine", undefined, cookies.Olga)).body);
    expect(mine).toEqual([expect.objectContaining({ id: boardId, role: "owner" })]);
    expect(data<unknown[]>((await api.query("boards.mine", undefined, cookies.Oscar)).body)).toEqual([]);
    const outsider = await api.query("boards.byId", { id: boardId }, cookies.Oscar);
    expect(outsider.status).toBe(403);
    expect(err(outsider.body).data.appError?.details).toMatchObject({ reason: "not-a-member" });
    expect((await api.query("members.list", { boardId }, cookies.Oscar)).status).toBe(403);
    expect((await api.mutate("collab.token", { boardId }, cookies.Oscar)).status).toBe(403);
    expect((await api.mutate("boards.rename", { boardId, title: "Mine now" }, cookies.Oscar)).status).toBe(403);
    expect((await api.query("boards.byId", { id: "no-such-board" }, cookies.Olga)).status).toBe(404);
  });

  it.runIf(run)("grants a viewer role through an invitation link; a viewer reads but cannot manage", async () => {
    const invite = data<{ token: string; path: string }>((await api.mutate("links.createInvite", { boardId, role: "viewer" }, cookies.Olga)).body);
    expect(invite.path).toBe(`/invite/${invite.token}`);
    // Only owners create links.
    expect((await api.mutate("links.createInvite", { boardId, role: "owner" }, cookies.Oscar)).status).toBe(403);
    expect((await api.mutate("links.acceptInvite", { token: invite.token })).status).toBe(401);
    const accepted = await api.mutate("links.acceptInvite", { token: invite.token }, cookies.Vera);
    expect(data<{ boardId: string; role: string }>(accepted.body)).toMatchObject({ boardId, role: "viewer" });
    const seen = data<{ title: string; role: string }>((await api.query("boards.byId", { id: boardId }, cookies.Vera)).body);
    expect(seen).toMatchObject({ title: "Caspian ports watch", role: "viewer" });
    const rename = await api.mutate("boards.rename", { boardId, title: "Renamed" }, cookies.Vera);
    expect(rename.status).toBe(403);
    expect((await api.mutate("links.createBriefing", { boardId }, cookies.Vera)).status).toBe(403);
    const token = data<{ token: string; role: string }>((await api.mutate("collab.token", { boardId }, cookies.Vera)).body);
    expect(token.role).toBe("viewer");
    const verified = await verifyCollabToken({ secret: COLLAB_SECRET, token: token.token, boardId });
    expect(verified).toMatchObject({ ok: true, claims: { role: "viewer", displayName: "Vera", boardId } });
  });

  it.runIf(run)("gives team invitees the team role on every team board, overridable per board", async () => {
    const invite = data<{ token: string }>((await api.mutate("links.createInvite", { boardId, scope: "team", role: "editor" }, cookies.Olga)).body);
    await api.mutate("links.acceptInvite", { token: invite.token }, cookies.Erlan);
    expect(data<{ role: string }>((await api.query("boards.byId", { id: boardId }, cookies.Erlan)).body).role).toBe("editor");
    // Editors create boards in the team but cannot rename this one (owners manage).
    expect((await api.mutate("boards.create", { teamId, title: "Erlan's board" }, cookies.Erlan)).status).toBe(200);
    expect((await api.mutate("boards.rename", { boardId, title: "x" }, cookies.Erlan)).status).toBe(403);
    // The owner raises Erlan to owner on this board only.
    const raised = await api.mutate("members.setRole", { boardId, userId: (await auth.api.getSession({ headers: new Headers({ cookie: cookies.Erlan ?? "" }) }))?.user.id, role: "owner" }, cookies.Olga);
    expect(raised.status).toBe(200);
    expect((await api.mutate("boards.rename", { boardId, title: "Caspian ports watch" }, cookies.Erlan)).status).toBe(200);
    const members = data<{ items: { name: string; role: string; teamRole: string | null; boardRole: string | null }[] }>((await api.query("members.list", { boardId }, cookies.Vera)).body).items;
    expect(members.map((m) => [m.name, m.role])).toEqual([["Erlan", "owner"], ["Olga", "owner"], ["Vera", "viewer"]]);
  });

  it.runIf(run)("never leaves a board without an owner", async () => {
    const board = data<{ id: string }>((await api.mutate("boards.create", { teamId, title: "Solo" }, cookies.Olga)).body);
    const olgaId = (await auth.api.getSession({ headers: new Headers({ cookie: cookies.Olga ?? "" }) }))?.user.id;
    // Erlan is a team editor; Olga is the only owner.
    const demote = await api.mutate("members.setRole", { boardId: board.id, userId: olgaId, role: "viewer" }, cookies.Olga);
    expect(demote.status).toBe(409);
    expect(err(demote.body).data.appError?.details).toMatchObject({ reason: "last-owner" });
  });

  it.runIf(run)("refuses revoked and expired invitations with the reason", async () => {
    const revoked = data<{ id: string; token: string }>((await api.mutate("links.createInvite", { boardId, role: "editor" }, cookies.Olga)).body);
    expect((await api.mutate("links.revoke", { boardId, linkId: revoked.id }, cookies.Olga)).status).toBe(200);
    const afterRevoke = await api.mutate("links.acceptInvite", { token: revoked.token }, cookies.Oscar);
    expect(afterRevoke.status).toBe(403);
    expect(err(afterRevoke.body).data.appError?.details).toEqual({ reason: "link-revoked" });

    const expiring = data<{ id: string; token: string }>((await api.mutate("links.createInvite", { boardId, role: "editor", expiresInHours: 1 }, cookies.Olga)).body);
    await db.database.client.shareLink.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const afterExpiry = await api.mutate("links.acceptInvite", { token: expiring.token }, cookies.Oscar);
    expect(err(afterExpiry.body).data.appError?.details).toEqual({ reason: "link-expired" });

    const forged = `${expiring.id}.${"A".repeat(43)}`;
    expect(err((await api.mutate("links.acceptInvite", { token: forged }, cookies.Oscar)).body).data.appError?.details).toEqual({ reason: "link-invalid" });
    expect((await api.query("boards.byId", { id: boardId }, cookies.Oscar)).status).toBe(403);
    const links = data<{ items: { id: string; state: string }[] }>((await api.query("links.list", { boardId }, cookies.Olga)).body).items;
    expect(links.find((l) => l.id === revoked.id)?.state).toBe("revoked");
    expect(links.find((l) => l.id === expiring.id)?.state).toBe("expired");
  });

  it.runIf(run)("shows exactly the board through a briefing link, read-only, to anyone holding it", async () => {
    const link = data<{ id: string; token: string; path: string }>((await api.mutate("links.createBriefing", { boardId, label: "Friday briefing" }, cookies.Olga)).body);
    expect(link.path).toBe(`/brief/${link.token}`);
    const resolved = data<Record<string, unknown>>((await api.query("links.resolveBriefing", { token: link.token })).body);
    expect(resolved).toMatchObject({ board: { id: boardId, title: "Caspian ports watch" }, role: "viewer" });
    expect(JSON.stringify(resolved)).not.toMatch(/@example\.org|Central Asia desk/);
    const board = data<Record<string, unknown>>((await api.query("boards.byId", { id: boardId, briefingToken: link.token })).body);
    expect(board).toMatchObject({ id: boardId, role: "viewer", via: "briefing-link", team: null });
    expect((await api.query("members.list", { boardId })).status).toBe(401);
    const collab = data<{ token: string; role: string }>((await api.mutate("collab.token", { boardId, briefingToken: link.token })).body);
    expect(collab.role).toBe("viewer");
    expect(await verifyCollabToken({ secret: COLLAB_SECRET, token: collab.token, boardId })).toMatchObject({ ok: true, claims: { role: "viewer" } });
    // The link opens no other board.
    const other = data<{ id: string }>((await api.mutate("boards.create", { teamId, title: "Other" }, cookies.Olga)).body);
    expect((await api.query("boards.byId", { id: other.id, briefingToken: link.token })).status).toBe(403);
    // Revoked: gone.
    await api.mutate("links.revoke", { boardId, linkId: link.id }, cookies.Olga);
    expect((await api.query("links.resolveBriefing", { token: link.token })).status).toBe(403);
    expect((await api.query("boards.byId", { id: boardId, briefingToken: link.token })).status).toBe(403);
  });

  it.runIf(run)("issues a collab token for a briefing link as a guest viewer of that one board, and none once the link ends", async () => {
    const link = data<{ id: string; token: string }>((await api.mutate("links.createBriefing", { boardId, expiresInHours: 24 }, cookies.Olga)).body);
    const other = data<{ id: string }>((await api.mutate("boards.create", { teamId, title: "Other corridor" }, cookies.Olga)).body);

    // A guest: viewer, an anonymous guest identity (no account, no email), for this board only.
    const issued = data<{ token: string; role: string }>((await api.mutate("collab.token", { boardId, briefingToken: link.token })).body);
    expect(issued.role).toBe("viewer");
    const verified = await verifyCollabToken({ secret: COLLAB_SECRET, token: issued.token, boardId });
    expect(verified).toMatchObject({ ok: true, claims: { role: "viewer", boardId, displayName: "Guest (briefing link)" } });
    expect(verified.ok && verified.claims.userId).toMatch(/^guest:/);
    expect(await verifyCollabToken({ secret: COLLAB_SECRET, token: issued.token, boardId: other.id })).toMatchObject({ ok: false });
    expect(JSON.stringify(verified)).not.toMatch(/@example\.org/);

    // The link opens no other board's room, and a member's role is never lowered by holding one.
    const elsewhere = await api.mutate("collab.token", { boardId: other.id, briefingToken: link.token });
    expect(elsewhere.status).toBe(403);
    expect(err(elsewhere.body).data.appError?.details).toEqual({ reason: "link-invalid" });
    const owner = data<{ role: string }>((await api.mutate("collab.token", { boardId, briefingToken: link.token }, cookies.Olga)).body);
    expect(owner.role).toBe("owner");
    // A signed-in non-member holding the link is a viewer of that board, as a guest.
    expect(data<{ role: string }>((await api.mutate("collab.token", { boardId, briefingToken: link.token }, cookies.Oscar)).body).role).toBe("viewer");
    expect((await api.mutate("collab.token", { boardId: other.id, briefingToken: link.token }, cookies.Oscar)).status).toBe(403);

    // Resolving is a read; opening is counted by its own mutation.
    const countOf = async () => (await db.database.client.shareLink.findUniqueOrThrow({ where: { id: link.id } })).useCount;
    await api.query("links.resolveBriefing", { token: link.token });
    await api.query("links.resolveBriefing", { token: link.token });
    expect(await countOf()).toBe(0);
    expect(data<Record<string, unknown>>((await api.mutate("links.recordBriefingView", { token: link.token })).body)).toEqual({ counted: true });
    expect(await countOf()).toBe(1);

    // Revoked: the next refresh is refused with the reason the guest's page shows.
    await api.mutate("links.revoke", { boardId, linkId: link.id }, cookies.Olga);
    const revoked = await api.mutate("collab.token", { boardId, briefingToken: link.token });
    expect(revoked.status).toBe(403);
    expect(err(revoked.body).data.appError?.details).toEqual({ reason: "link-revoked" });
    expect((await api.mutate("links.recordBriefingView", { token: link.token })).status).toBe(403);

    // Expired: likewise.
    const expiring = data<{ id: string; token: string }>((await api.mutate("links.createBriefing", { boardId, expiresInHours: 1 }, cookies.Olga)).body);
    await db.database.client.shareLink.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await api.mutate("collab.token", { boardId, briefingToken: expiring.token });
    expect(expired.status).toBe(403);
    expect(err(expired.body).data.appError?.details).toEqual({ reason: "link-expired" });
    // Bad input is a typed error, not a crash.
    expect((await api.mutate("collab.token", { boardId, briefingToken: "not a token" })).status).toBe(400);
  });

  it.runIf(run)("duplicates, archives and deletes boards for their owners", async () => {
    await db.database.client.docUpdate.create({ data: { room: boardId, update: new Uint8Array([1, 2, 3]) } });
    const copy = data<{ id: string; title: string }>((await api.mutate("boards.duplicate", { boardId }, cookies.Olga)).body);
    expect(copy.title).toBe("Caspian ports watch (copy)");
    expect(await db.database.client.docUpdate.count({ where: { room: copy.id } })).toBe(1);
    expect((await api.mutate("boards.archive", { boardId: copy.id, archived: true }, cookies.Olga)).status).toBe(200);
    const active = data<{ id: string }[]>((await api.query("boards.mine", undefined, cookies.Olga)).body).map((b) => b.id);
    expect(active).not.toContain(copy.id);
    const all = data<{ id: string }[]>((await api.query("boards.mine", { includeArchived: true }, cookies.Olga)).body).map((b) => b.id);
    expect(all).toContain(copy.id);
    expect((await api.mutate("boards.delete", { boardId: copy.id, confirmTitle: "wrong" }, cookies.Olga)).status).toBe(400);
    expect((await api.mutate("boards.delete", { boardId: copy.id, confirmTitle: "Caspian ports watch (copy)" }, cookies.Vera)).status).toBe(403);
    expect((await api.mutate("boards.delete", { boardId: copy.id, confirmTitle: "Caspian ports watch (copy)" }, cookies.Olga)).status).toBe(200);
    expect(await db.database.client.docUpdate.count({ where: { room: copy.id } })).toBe(0);
    expect((await api.query("boards.byId", { id: copy.id }, cookies.Olga)).status).toBe(404);
  });
});
