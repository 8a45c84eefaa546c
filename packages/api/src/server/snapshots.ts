// Snapshots: freeze a board (document, data, figures, sources), list, open read-only at their own
// link, compare with now, export in a documented versioned JSON format and import as a new board.
// Restoring runs in the browser (board-doc's restoreSnapshot) so it goes through the live document.
import { randomBytes } from "node:crypto";
import { boardDocFromState, diffBoardDocs } from "@corridor/board-doc";
import { newLinkToken, roleAtLeast } from "@corridor/auth";
import { readBoardDocState, type DbClient } from "@corridor/db";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";
import type { FactSnapshot } from "../facts/dto.ts";
import { findLiveLink, linkError, requireBoardAccess } from "./access.ts";
import { computeScenario } from "./scenario.ts";
import { freezeFactData, thawFactData } from "./snapshot-data.ts";

const frozenInvestmentsSchema = z.object({ investments: z.array(z.object({ id: z.string(), amountEur: z.number(), status: z.string() })) });

export const SNAPSHOT_EXPORT_FORMAT = "corridor-board.snapshot";
export const SNAPSHOT_EXPORT_VERSION = 1;

const figuresSchema = z.object({
  values: z.record(z.string(), z.number()),
  baseline: z.object({ risk: z.object({ score: z.number() }), investment: z.object({ totalEur: z.number() }) }).passthrough(),
  scenario: z.object({ risk: z.object({ score: z.number() }), investment: z.object({ totalEur: z.number() }) }).passthrough(),
});

function figuresFor(snapshot: FactSnapshot, state: Uint8Array) {
  const doc = boardDocFromState(state, snapshot.assumptions);
  const run = computeScenario({ snapshot, values: doc.assumptions() });
  return { values: run.values, baseline: run.baseline, scenario: run.scenario, base: run.base };
}

export async function createSnapshot(options: { db: DbClient; facts: FactSnapshot; user: { id: string; name: string }; boardId: string; name: string }) {
  await requireBoardAccess({ db: options.db, userId: options.user.id, boardId: options.boardId, minimum: "editor" });
  const docState = await readBoardDocState(options.db, options.boardId);
  const frozen = freezeFactData(options.facts);
  const figures = figuresFor(options.facts, docState);
  const snapshot = await options.db.snapshot.create({
    data: {
      id: `snap-${randomBytes(8).toString("hex")}`,
      boardId: options.boardId,
      name: options.name,
      authorId: options.user.id,
      authorName: options.user.name,
      docState: new Uint8Array(docState),
      data: new Uint8Array(frozen.data),
      dataHash: frozen.dataHash,
      dataVersion: options.facts.version.hash,
      figures: JSON.stringify(figures),
      sourceIds: JSON.stringify(frozen.sourceIds),
    },
    select: { id: true, name: true, createdAt: true, authorName: true },
  });
  return snapshot;
}

export async function listSnapshots(options: { db: DbClient; userId: string | null; boardId: string; briefingToken?: string | undefined }) {
  await requireBoardAccess({ ...options, minimum: "viewer" });
  const items = await options.db.snapshot.findMany({
    where: { boardId: options.boardId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, authorName: true, createdAt: true, dataVersion: true },
  });
  return { items };
}

/** A snapshot is readable by the board's members, its briefing-link holders, or its own link's holders. */
async function readableSnapshot(options: { db: DbClient; userId: string | null; snapshotId: string; linkToken?: string | undefined }) {
  const snapshot = await options.db.snapshot.findUnique({ where: { id: options.snapshotId } });
  if (!snapshot) throw new AppError("NOT_FOUND", `No snapshot with id "${options.snapshotId}"`, { snapshotId: options.snapshotId });
  if (options.linkToken) {
    const own = await findLiveLink({ db: options.db, token: options.linkToken, kind: "snapshot" });
    if (own.ok && own.link.snapshotId === snapshot.id) return { snapshot, role: "viewer" as const };
    if (!own.ok && own.problem !== "invalid") throw linkError(own.problem);
  }
  const access = await requireBoardAccess({ db: options.db, userId: options.userId, boardId: snapshot.boardId, minimum: "viewer", briefingToken: options.linkToken });
  return { snapshot, role: access.role };
}

export async function getSnapshot(options: { db: DbClient; userId: string | null; snapshotId: string; linkToken?: string | undefined }) {
  const { snapshot, role } = await readableSnapshot(options);
  const board = await options.db.board.findUniqueOrThrow({ where: { id: snapshot.boardId }, select: { id: true, title: true } });
  return {
    id: snapshot.id,
    name: snapshot.name,
    authorName: snapshot.authorName,
    createdAt: snapshot.createdAt,
    board,
    role,
    docState: Buffer.from(snapshot.docState).toString("base64"),
    data: thawFactData(snapshot.data, snapshot.dataHash),
    dataHash: snapshot.dataHash,
    dataVersion: snapshot.dataVersion,
    figures: figuresSchema.passthrough().parse(JSON.parse(snapshot.figures)),
    sourceIds: z.array(z.string()).parse(JSON.parse(snapshot.sourceIds)),
  };
}

/** What changed between the snapshot and the live board now: document content and figures. */
export async function diffSnapshot(options: { db: DbClient; facts: FactSnapshot; userId: string | null; snapshotId: string; linkToken?: string | undefined }) {
  const { snapshot } = await readableSnapshot(options);
  const liveState = await readBoardDocState(options.db, snapshot.boardId);
  const then = figuresSchema.parse(JSON.parse(snapshot.figures));
  const now = figuresFor(options.facts, liveState);
  const before = boardDocFromState(snapshot.docState, options.facts.assumptions);
  const after = boardDocFromState(liveState, options.facts.assumptions);
  const frozen = frozenInvestmentsSchema.parse(thawFactData(snapshot.data, snapshot.dataHash));
  const investmentsThen = new Map((frozen.investments ?? []).map((i) => [i.id, i]));
  interface InvestmentChange {
    id: string;
    change: "added" | "changed";
    amountEurBefore: number | null;
    amountEurAfter: number;
    statusBefore: string | null;
    statusAfter: string;
  }
  const investmentChanges = options.facts.investments.flatMap((inv): InvestmentChange[] => {
    const old = investmentsThen.get(inv.id);
    if (!old) return [{ id: inv.id, change: "added", amountEurBefore: null, amountEurAfter: inv.amountEur, statusBefore: null, statusAfter: inv.status }];
    if (old.amountEur === inv.amountEur && old.status === inv.status) return [];
    return [{ id: inv.id, change: "changed", amountEurBefore: old.amountEur, amountEurAfter: inv.amountEur, statusBefore: old.status, statusAfter: inv.status }];
  });
  const moved = (label: string, before: number, after: number, unit: string) => ({ label, before, after, delta: after - before, unit });
  return {
    snapshot: { id: snapshot.id, name: snapshot.name, createdAt: snapshot.createdAt },
    document: diffBoardDocs(before, after),
    figures: [
      moved("Transit-risk index (scenario)", then.scenario.risk.score, now.scenario.risk.score, "index 0–100"),
      moved("Realised investment by 2030 (scenario)", then.scenario.investment.totalEur, now.scenario.investment.totalEur, "EUR"),
      moved("Transit-risk index (baseline)", then.baseline.risk.score, now.baseline.risk.score, "index 0–100"),
    ].filter((f) => Math.abs(f.delta) > 1e-9),
    data: { versionBefore: snapshot.dataVersion, versionAfter: options.facts.version.hash, changed: snapshot.dataVersion !== options.facts.version.hash, investments: investmentChanges },
  };
}

export async function deleteSnapshot(options: { db: DbClient; userId: string; snapshotId: string }) {
  const snapshot = await options.db.snapshot.findUnique({ where: { id: options.snapshotId }, select: { boardId: true } });
  if (!snapshot) throw new AppError("NOT_FOUND", `No snapshot with id "${options.snapshotId}"`);
  await requireBoardAccess({ db: options.db, userId: options.userId, boardId: snapshot.boardId, minimum: "owner" });
  await options.db.snapshot.delete({ where: { id: options.snapshotId } });
  return { id: options.snapshotId, deleted: true as const };
}

export async function createSnapshotLink(options: { db: DbClient; userId: string; snapshotId: string; expiresInHours: number }) {
  const snapshot = await options.db.snapshot.findUnique({ where: { id: options.snapshotId }, select: { boardId: true } });
  if (!snapshot) throw new AppError("NOT_FOUND", `No snapshot with id "${options.snapshotId}"`);
  const access = await requireBoardAccess({ db: options.db, userId: options.userId, boardId: snapshot.boardId, minimum: "owner" });
  if (!roleAtLeast(access.role, "owner")) throw new AppError("FORBIDDEN", "Only owners share snapshots.");
  const token = newLinkToken();
  const link = await options.db.shareLink.create({
    data: {
      id: token.id,
      kind: "snapshot",
      secretHash: token.secretHash,
      snapshotId: options.snapshotId,
      role: "viewer",
      expiresAt: new Date(Date.now() + options.expiresInHours * 3_600_000),
      createdById: options.userId,
    },
  });
  return { id: link.id, token: token.token, path: `/s/${options.snapshotId}?link=${token.token}`, expiresAt: link.expiresAt };
}

// ---------- export / import ----------

export const snapshotExportSchema = z.object({
  format: z.literal(SNAPSHOT_EXPORT_FORMAT),
  version: z.literal(SNAPSHOT_EXPORT_VERSION),
  exportedAt: z.string(),
  board: z.object({ title: z.string().min(1).max(120) }),
  snapshot: z.object({ name: z.string().max(200), authorName: z.string().max(200), createdAt: z.string() }),
  /** Base64 of Y.encodeStateAsUpdate of the board document. */
  document: z.string().max(30_000_000).regex(/^[A-Za-z0-9+/=]*$/),
  dataVersion: z.string().max(200),
  dataHash: z.string().max(200),
  figures: z.unknown(),
  sourceIds: z.array(z.string().max(64)).max(5_000),
});
export type SnapshotExport = z.infer<typeof snapshotExportSchema>;

export async function exportSnapshot(options: { db: DbClient; userId: string | null; snapshotId: string; linkToken?: string | undefined }): Promise<SnapshotExport & { data: unknown }> {
  const full = await getSnapshot(options);
  return {
    format: SNAPSHOT_EXPORT_FORMAT,
    version: SNAPSHOT_EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    board: { title: full.board.title },
    snapshot: { name: full.name, authorName: full.authorName, createdAt: full.createdAt.toISOString() },
    document: full.docState,
    dataVersion: full.dataVersion,
    dataHash: full.dataHash,
    figures: full.figures,
    sourceIds: full.sourceIds,
    data: full.data,
  };
}

/** Imports an exported snapshot as a new board in a team (its document becomes the board's state). */
export async function importSnapshot(options: { db: DbClient; userId: string; teamId: string; file: SnapshotExport }) {
  const member = await options.db.teamMember.findUnique({ where: { teamId_userId: { teamId: options.teamId, userId: options.userId } } });
  if (!member || !roleAtLeast(member.role as "viewer" | "editor" | "owner", "editor")) {
    throw new AppError("FORBIDDEN", "Importing a board into this team needs the editor role.", { reason: "role" });
  }
  const state = Buffer.from(options.file.document, "base64");
  try {
    boardDocFromState(state, []);
  } catch {
    throw new AppError("BAD_REQUEST", "The file's document is not a valid board document.", { reason: "bad-document" });
  }
  const title = `${options.file.board.title} (imported: ${options.file.snapshot.name})`.slice(0, 120);
  const id = `imported-${randomBytes(6).toString("hex")}`;
  await options.db.$transaction([
    options.db.board.create({ data: { id, title, teamId: options.teamId, createdById: options.userId } }),
    options.db.docState.create({ data: { room: id, state, throughId: 0 } }),
  ]);
  return { id, title };
}
