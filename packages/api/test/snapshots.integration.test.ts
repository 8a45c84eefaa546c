// Snapshots through the real API: frozen document, data and figures; diff against now; read-only
// links; export and import; roles. The board document is written to the update log as the collab
// server would write it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BoardDoc } from "@corridor/board-doc";
import { createAuth, type Auth } from "@corridor/auth";
import { seedFactBase } from "@corridor/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@corridor/prisma/testing";
import { PNG } from "pngjs";
import { liveBoardPdf, liveBoardPng, snapshotPdf, snapshotPng } from "../src/server/briefing-pack.ts";
import { startApiServer } from "./http-server.ts";

type Body = Record<string, unknown>;
const data = <T>(body: Body) => (body.result as { data: { json: T } }).data.json;
const seedDataDir = path.join(path.dirname(createRequire(import.meta.url).resolve("@corridor/prisma/seed")), "data");
const bounds = [
  { key: "gulf_disruption", min: 0, max: 80 },
  { key: "mou_conversion", min: 0, max: 100 },
];
const analyst = { id: "analyst", name: "Analyst" };

async function cookieFor(auth: Auth, name: string) {
  const response = await auth.api.signUpEmail({ body: { email: `${name}@example.org`, password: `${name}-long-password`, name }, asResponse: true });
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

describe("snapshots (SQLite)", () => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApiServer>>;
  let owner = "";
  let viewer = "";
  let boardId = "";
  const live = new BoardDoc(new Y.Doc(), { assumptions: bounds });
  // Every local change goes to the update log, like the collab server's log-before-broadcast.
  const pending: Uint8Array[] = [];
  live.doc.on("update", (update: Uint8Array) => pending.push(update));
  const flush = async () => {
    for (const update of pending.splice(0)) await db.database.client.docUpdate.create({ data: { room: boardId, update: new Uint8Array(update) } });
  };

  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
    const auth = createAuth({ database: db.database, secret: "s".repeat(40), baseURL: "http://localhost:3000", rateLimit: { enabled: false } });
    api = await startApiServer(db.database.client, { auth });
    owner = await cookieFor(auth, "owner");
    viewer = await cookieFor(auth, "viewer");
    const team = data<{ id: string }>((await api.mutate("teams.create", { name: "Desk" }, owner)).body);
    boardId = data<{ id: string }>((await api.mutate("boards.create", { teamId: team.id, title: "Weekly" }, owner)).body).id;
    const invite = data<{ token: string }>((await api.mutate("links.createInvite", { boardId, role: "viewer" }, owner)).body);
    await api.mutate("links.acceptInvite", { token: invite.token }, viewer);
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.dispose();
  });

  it("freezes document, data and figures, and shows what changed since", async () => {
    live.setAssumption("gulf_disruption", 30, analyst);
    live.addAssessment("Transport outlook", analyst);
    await flush();
    expect((await api.mutate("snapshots.create", { boardId, name: "Briefing 14 Nov" }, viewer)).status).toBe(403);
    const created = await api.mutate("snapshots.create", { boardId, name: "Briefing 14 Nov" }, owner);
    expect(created.status).toBe(200);
    const snapshotId = data<{ id: string }>(created.body).id;

    // The board moves on, and so does the data.
    live.setAssumption("gulf_disruption", 60, analyst);
    live.addAnnotation({ target: { kind: "point", lonLat: [51.17, 43.65] }, text: "Aktau backlog", color: "#d9480f" }, analyst);
    await flush();
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-facts-"));
    cpSync(seedDataDir, dir, { recursive: true });
    const facts = JSON.parse(readFileSync(path.join(dir, "facts.json"), "utf8")) as { investments: { id: string; amount: number }[] };
    const ebrd = facts.investments.find((i) => i.id === "INV-04");
    if (ebrd) ebrd.amount = 1_250_000_000;
    writeFileSync(path.join(dir, "facts.json"), JSON.stringify(facts));
    await seedFactBase(db.database.client, dir);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // let the FactStore notice the new data version

    const snap = data<{ name: string; figures: { values: Record<string, number> }; data: { investments: { id: string; amountEur: number }[] }; docState: string; sourceIds: string[] }>(
      (await api.query("snapshots.get", { snapshotId }, viewer)).body,
    );
    expect(snap.name).toBe("Briefing 14 Nov");
    expect(snap.figures.values.gulf_disruption).toBe(30);
    expect(snap.data.investments.find((i) => i.id === "INV-04")?.amountEur).toBe(1_500_000_000);
    expect(snap.sourceIds).toContain("FX-ECB");
    const frozenDoc = new Y.Doc();
    Y.applyUpdate(frozenDoc, Buffer.from(snap.docState, "base64"));
    expect(new BoardDoc(frozenDoc, { assumptions: bounds }).assumptions()).toEqual({ gulf_disruption: 30 });

    const diff = data<{
      document: { assumptions: unknown[]; annotations: { added: { text: string }[] } };
      figures: { label: string; before: number; after: number }[];
      data: { changed: boolean; investments: { id: string; amountEurBefore: number; amountEurAfter: number }[] };
    }>((await api.query("snapshots.diff", { snapshotId }, viewer)).body);
    expect(diff.document.assumptions).toEqual([{ key: "gulf_disruption", before: 30, after: 60 }]);
    expect(diff.document.annotations.added.map((a) => a.text)).toEqual(["Aktau backlog"]);
    const risk = diff.figures.find((f) => f.label === "Transit-risk index (scenario)");
    expect(risk && risk.after > risk.before).toBe(true);
    expect(diff.data.changed).toBe(true);
    expect(diff.data.investments).toEqual([expect.objectContaining({ id: "INV-04", amountEurBefore: 1.5e9, amountEurAfter: 1.25e9 })]);
    await seedFactBase(db.database.client);
  });

  it("opens a snapshot read-only at its own link, and only that snapshot", async () => {
    const list = data<{ items: { id: string }[] }>((await api.query("snapshots.list", { boardId }, viewer)).body).items;
    const snapshotId = list[0]?.id ?? "";
    expect((await api.query("snapshots.get", { snapshotId })).status).toBe(401);
    expect((await api.mutate("snapshots.createLink", { snapshotId }, viewer)).status).toBe(403);
    const link = data<{ token: string; path: string }>((await api.mutate("snapshots.createLink", { snapshotId }, owner)).body);
    expect(link.path).toBe(`/s/${snapshotId}?link=${link.token}`);
    const opened = await api.query("snapshots.get", { snapshotId, linkToken: link.token });
    expect(opened.status).toBe(200);
    expect(data<{ role: string }>(opened.body).role).toBe("viewer");
    const other = data<{ id: string }>((await api.mutate("snapshots.create", { boardId, name: "Another" }, owner)).body);
    expect((await api.query("snapshots.get", { snapshotId: other.id, linkToken: link.token })).status).toBe(403);
    expect((await api.query("snapshots.list", { boardId })).status).toBe(401);
  });

  it("exports a versioned JSON that imports as a new board with the same document", async () => {
    const snapshotId = data<{ items: { id: string }[] }>((await api.query("snapshots.list", { boardId }, owner)).body).items.at(-1)?.id ?? "";
    const file = data<{ format: string; version: number; document: string; board: { title: string } }>((await api.query("snapshots.export", { snapshotId }, owner)).body);
    expect(file).toMatchObject({ format: "corridor-board.snapshot", version: 1, board: { title: "Weekly" } });
    const teams = data<{ id: string }[]>((await api.query("teams.mine", undefined, owner)).body);
    const { data: _frozen, ...importable } = file as typeof file & { data: unknown };
    const imported = await api.mutate("snapshots.import", { teamId: teams[0]?.id, file: importable }, owner);
    expect(imported.status).toBe(200);
    const board = data<{ id: string; title: string }>(imported.body);
    expect(board.title).toBe("Weekly (imported: Briefing 14 Nov)");
    const state = await db.database.client.docState.findUniqueOrThrow({ where: { room: board.id } });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state.state);
    expect(new BoardDoc(doc, { assumptions: bounds }).assumptions()).toEqual({ gulf_disruption: 30 });
    const broken = await api.mutate("snapshots.import", { teamId: teams[0]?.id, file: { ...importable, version: 2 } }, owner);
    expect(broken.status).toBe(400);
    expect((await api.mutate("snapshots.import", { teamId: teams[0]?.id, file: importable }, viewer)).status).toBe(403);
  });

  it("renders the PDF briefing pack of a snapshot and of the live board, for readers only", async () => {
    const snapshotId = data<{ items: { id: string }[] }>((await api.query("snapshots.list", { boardId }, owner)).body).items[0]?.id ?? "";
    const ownerId = (await db.database.client.user.findUniqueOrThrow({ where: { email: "owner@example.org" } })).id;
    const facts = await api.facts.snapshot();
    const pdf = await snapshotPdf({ db: db.database.client, facts, userId: ownerId, snapshotId, compress: false });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    const live = await liveBoardPdf({ db: db.database.client, facts, userId: ownerId, boardId });
    expect(live.subarray(0, 5).toString()).toBe("%PDF-");
    await expect(liveBoardPdf({ db: db.database.client, facts, userId: null, boardId })).rejects.toThrow(/Sign in/);
  });

  it("renders the PNG of the whole board at 2× for a snapshot and the live board, for readers only", async () => {
    // Straight from the database: the server functions are what is tested here, not HTTP.
    const snapshotId = (await db.database.client.snapshot.findFirstOrThrow({ where: { boardId }, orderBy: { createdAt: "desc" } })).id;
    const ownerId = (await db.database.client.user.findUniqueOrThrow({ where: { email: "owner@example.org" } })).id;
    const facts = await api.facts.snapshot();
    for (const result of [
      await snapshotPng({ db: db.database.client, facts, userId: ownerId, snapshotId }),
      await liveBoardPng({ db: db.database.client, facts, userId: ownerId, boardId }),
    ]) {
      const png = PNG.sync.read(result.png);
      expect(png.width).toBe(result.layout.width * 2);
      expect(png.height).toBe(result.layout.height * 2);
      // Not blank: many distinct colours (map, charts, text), not one background.
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
      expect(colours.size).toBeGreaterThan(50);
    }
    await expect(liveBoardPng({ db: db.database.client, facts, userId: null, boardId })).rejects.toThrow(/Sign in/);
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(liveBoardPng({ db: db.database.client, facts, userId: ownerId, boardId, signal: cancelled.signal })).rejects.toThrow("Export cancelled");
  });

  it("lets only owners delete snapshots", async () => {
    const snapshotId = data<{ items: { id: string }[] }>((await api.query("snapshots.list", { boardId }, owner)).body).items[0]?.id ?? "";
    expect((await api.mutate("snapshots.delete", { snapshotId }, viewer)).status).toBe(403);
    expect((await api.mutate("snapshots.delete", { snapshotId }, owner)).status).toBe(200);
    expect((await api.query("snapshots.get", { snapshotId }, owner)).status).toBe(404);
  });
});
