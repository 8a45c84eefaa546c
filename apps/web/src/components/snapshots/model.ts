// Pure helpers for the snapshot pages: the frozen fact data read back with a schema (never trusted
// as typed), the assumptions that differ from their defaults, commitments by actor and status
// without double counting (the domain's rules, as the board counts them), the sources cited and
// the key figures of a scenario run.
import { confidenceSchema, INVESTMENT_STATUS, investmentStatusSchema, summarizeCommitments, type InvestmentStatus } from "@corridor/domain";
import { z } from "zod";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatInteger } from "~/lib/format";

const frozenInvestmentSchema = z.object({
  id: z.string(),
  actor: z.string(),
  actorGroup: z.string(),
  amountEur: z.number(),
  status: investmentStatusSchema,
  parentId: z.string().nullable(),
  confidence: confidenceSchema,
  sourceIds: z.array(z.string()),
  fx: z.object({ sourceId: z.string() }).nullable(),
});

const frozenSourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  year: z.number().nullable(),
});

const frozenAssumptionSchema = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  min: z.number(),
  max: z.number(),
  default: z.number(),
});

export const frozenDataSchema = z.object({
  dataVersion: z.string(),
  investments: z.array(frozenInvestmentSchema),
  sources: z.array(frozenSourceSchema),
  assumptions: z.array(frozenAssumptionSchema),
});

export type FrozenData = z.infer<typeof frozenDataSchema>;
export type FrozenInvestment = FrozenData["investments"][number];
export type FrozenSource = FrozenData["sources"][number];
export type FrozenAssumption = FrozenData["assumptions"][number];

/** The frozen data of a snapshot, read with a schema: a snapshot from an older format fails loudly. */
export function parseFrozenData(data: unknown): FrozenData {
  return frozenDataSchema.parse(data);
}

export interface AssumptionChange {
  key: string;
  name: string;
  unit: string;
  value: number;
  default: number;
}

/** Assumption values that differ from their defaults, in the fact base's order. */
export function changedAssumptions(values: Readonly<Record<string, number>>, definitions: readonly FrozenAssumption[]): AssumptionChange[] {
  return definitions.flatMap((definition) => {
    const value = values[definition.key];
    if (value === undefined || Math.abs(value - definition.default) < 1e-9) return [];
    return [{ key: definition.key, name: definition.name, unit: definition.unit, value, default: definition.default }];
  });
}

export interface ActorCommitments {
  actor: string;
  /** Counted amount per status: sub-items inside a counted parent of the same cell are not added. */
  byStatus: Partial<Record<InvestmentStatus, number>>;
  /** Amounts inside a commitment counted in another cell: shown apart, never added to totalEur. */
  nestedEur: number;
  totalEur: number;
}

const SEP = "|";

/** Commitments by actor group and status without double counting (summarizeCommitments' rules). */
export function commitmentsByActor(investments: readonly FrozenInvestment[]): { rows: ActorCommitments[]; totalEur: number } {
  const summary = summarizeCommitments({
    items: investments.map((inv) => ({ ...inv, sourceIds: inv.fx ? [...inv.sourceIds, inv.fx.sourceId] : inv.sourceIds })),
    allItems: investments,
    keysOf: (inv) => [`${inv.actorGroup}${SEP}${inv.status}`],
  });
  const rows = new Map<string, ActorCommitments>();
  for (const group of summary.groups) {
    const [actor = "", statusText = ""] = group.key.split(SEP);
    const status = investmentStatusSchema.safeParse(statusText);
    if (!status.success) continue;
    const row = rows.get(actor) ?? { actor, byStatus: {}, nestedEur: 0, totalEur: 0 };
    const own = group.totalEur - group.nestedEur;
    row.byStatus[status.data] = own;
    row.nestedEur += group.nestedEur;
    row.totalEur += own;
    rows.set(actor, row);
  }
  const sorted = [...rows.values()].sort((a, b) => b.totalEur - a.totalEur || a.actor.localeCompare(b.actor));
  return { rows: sorted, totalEur: summary.totalEur };
}

export const STATUS_ORDER: readonly InvestmentStatus[] = INVESTMENT_STATUS;

/** The cited sources that the frozen data holds, sorted by publisher then year; unknown ids listed apart. */
export function citedSources(sourceIds: readonly string[], sources: readonly FrozenSource[]): { found: FrozenSource[]; missing: string[] } {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const found: FrozenSource[] = [];
  const missing: string[] = [];
  for (const id of new Set(sourceIds)) {
    const source = byId.get(id);
    if (source) found.push(source);
    else missing.push(id);
  }
  found.sort((a, b) => a.publisher.localeCompare(b.publisher) || (a.year ?? 0) - (b.year ?? 0) || a.title.localeCompare(b.title));
  return { found, missing };
}

const runSchema = z.object({
  risk: z.object({ score: z.number() }),
  investment: z.object({ totalEur: z.number() }),
  corridor: z.object({ firstYearOverCapacity: z.number().nullable() }).optional(),
});

export interface KeyFigures {
  riskScore: number;
  realisedEur: number;
  firstYearOverCapacity: number | null;
}

/** The key figures of one stored model run (baseline or scenario). */
export function keyFigures(run: unknown): KeyFigures {
  const parsed = runSchema.parse(run);
  return { riskScore: parsed.risk.score, realisedEur: parsed.investment.totalEur, firstYearOverCapacity: parsed.corridor?.firstYearOverCapacity ?? null };
}

const SCALE: Record<Locale, { bn: string; m: string }> = { en: { bn: "bn", m: "m" }, ru: { bn: "млрд", m: "млн" } };

/** A fixed-decimals number with the language's decimal mark: "1.25" / "1,25". */
function fixed(value: number, digits: number, locale: Locale): string {
  const text = value.toFixed(digits);
  return locale === "ru" ? text.replace(".", ",") : text;
}

/** "EUR 1.2 bn", "EUR 350 m" ("EUR 1,2 млрд"): compact amounts for documents. */
export function formatEur(amount: number, locale: Locale = "en"): string {
  const abs = Math.abs(amount);
  const sign = amount < 0 ? "−" : "";
  if (abs >= 1e9) return `${sign}EUR ${fixed(abs / 1e9, abs >= 1e10 ? 1 : 2, locale)} ${SCALE[locale].bn}`;
  if (abs >= 1e6) return `${sign}EUR ${fixed(abs / 1e6, abs >= 1e8 ? 0 : 1, locale)} ${SCALE[locale].m}`;
  return `${sign}EUR ${formatInteger(Math.round(abs), locale)}`;
}

/** A signed change for a figure: "+2.5", "−1.0", amounts in EUR compacted. */
export function formatDelta(delta: number, unit: string, locale: Locale = "en"): string {
  if (unit === "EUR") return `${delta >= 0 ? "+" : "−"}${formatEur(Math.abs(delta), locale)}`;
  return `${delta >= 0 ? "+" : "−"}${fixed(Math.abs(delta), 1, locale)}`;
}

/** A plain number as stored (no rounding) with the language's decimal mark: "0.8" / "0,8". */
export function formatNumber(value: number, locale: Locale = "en"): string {
  return locale === "ru" ? String(value).replace(".", ",") : String(value);
}

export function formatFigure(value: number, unit: string, locale: Locale = "en"): string {
  return unit === "EUR" ? formatEur(value, locale) : fixed(value, 1, locale);
}

export const SNAPSHOT_FILE_FORMAT = "corridor-board.snapshot";
export const SNAPSHOT_FILE_VERSION = 1;
/** The largest file the import accepts (the server caps the document at 30 MB of base64). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

const importFileSchema = z.object({
  format: z.literal(SNAPSHOT_FILE_FORMAT),
  version: z.literal(SNAPSHOT_FILE_VERSION),
  exportedAt: z.string(),
  board: z.object({ title: z.string().min(1).max(120) }),
  snapshot: z.object({ name: z.string().max(200), authorName: z.string().max(200), createdAt: z.string() }),
  document: z.string().regex(/^[A-Za-z0-9+/=]*$/),
  dataVersion: z.string().max(200),
  dataHash: z.string().max(200),
  figures: z.unknown(),
  sourceIds: z.array(z.string().max(64)).max(5_000),
});

export type SnapshotFile = z.infer<typeof importFileSchema>;

/** Reads an exported snapshot file before it is sent: a clear reason, in the interface's language, when it is not one. */
export function readSnapshotFile(text: string, t: Translator<Messages>): { ok: true; file: SnapshotFile } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: t("snapshot.import.notJson") };
  }
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(json);
  if (!head.success || head.data.format !== SNAPSHOT_FILE_FORMAT) {
    return { ok: false, error: t("snapshot.import.notSnapshot") };
  }
  if (head.data.version !== SNAPSHOT_FILE_VERSION) {
    return { ok: false, error: t("snapshot.import.wrongVersion", { found: String(head.data.version), expected: SNAPSHOT_FILE_VERSION }) };
  }
  const parsed = importFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The path and zod's wording name the field for whoever debugs the file; they stay as zod gives them.
    const error = issue ? t("snapshot.import.damagedAt", { path: issue.path.join(".") || "file", issue: issue.message }) : t("snapshot.import.damaged");
    return { ok: false, error };
  }
  return { ok: true, file: parsed.data };
}
