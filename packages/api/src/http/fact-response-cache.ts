// Serialised answers of the public fact queries, kept per data version. These procedures read only
// the fact snapshot and their input (no session, no cookies), so for one data version the same URL
// always gets the same bytes: repeat requests skip the resolver, superjson and JSON.stringify.
// A new data version starts an empty cache, so a reseeded fact base is answered afresh.

/** Procedures whose answer depends only on the fact snapshot and the input. */
export const FACT_QUERY_PROCEDURES: ReadonlySet<string> = new Set([
  "investments.summary",
  "investments.list",
  "corridors.list",
  "corridors.byId",
  "indicators.list",
  "indicators.series",
  "relations.events",
  "sources.byIds",
  "assumptions.definitions",
  "dataQuality.flags",
  "scenario.base",
  "scenario.compute",
]);

export interface CachedAnswer {
  status: number;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Uint8Array;
}

export interface FactResponseCacheOptions {
  /** Most answers kept for one data version (inputs are client-chosen, so the key space is open). */
  maxEntries?: number;
}

/**
 * Whether a request may be answered from the cache: a GET for fact queries only, not
 * asking for a streamed (jsonl) answer. `procedurePath` is the part after the endpoint, e.g.
 * `investments.summary` or `corridors.list,investments.summary` for a batch.
 */
export function isCacheableFactQuery(method: string, procedurePath: string, headers: Headers): boolean {
  if (method !== "GET") return false;
  // A streamed answer (httpBatchStreamLink) is asked for either way; tRPC answers it differently.
  if (headers.has("trpc-accept") || (headers.get("accept") ?? "").includes("application/jsonl")) return false;
  const procedures = procedurePath.split(",");
  return procedures.length > 0 && procedures.every((name) => FACT_QUERY_PROCEDURES.has(name));
}

export class FactResponseCache {
  private version: string | null = null;
  private answers = new Map<string, CachedAnswer>();
  private readonly maxEntries: number;

  constructor(options: FactResponseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2_000;
  }

  get size(): number {
    return this.answers.size;
  }

  /** The answer stored for this request URL under this data version, if any. */
  get(dataVersion: string, url: string): CachedAnswer | undefined {
    if (dataVersion !== this.version) return undefined;
    return this.answers.get(url);
  }

  /** Stores a successful answer; answers of an older data version are dropped first. */
  set(dataVersion: string, url: string, answer: CachedAnswer): void {
    if (answer.status !== 200) return;
    if (dataVersion !== this.version) {
      this.version = dataVersion;
      this.answers = new Map();
    }
    if (this.answers.size >= this.maxEntries) {
      // Oldest first (Map keeps insertion order): popular answers are re-added on their next miss.
      const oldest = this.answers.keys().next();
      if (!oldest.done) this.answers.delete(oldest.value);
    }
    this.answers.set(url, answer);
  }
}
