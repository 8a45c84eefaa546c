// Serialised answers of the public fact queries, kept per data version. These procedures read only
// the fact snapshot and their input (no session, no cookies), so for one data version the same URL
// always gets the same bytes: repeat requests skip the resolver, the wire transformer and JSON.stringify.
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
  /** Most answer bytes kept: a client varying its URLs cannot grow the cache past this. */
  maxBytes?: number;
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
  private bytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  constructor(options: FactResponseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2_000;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  }

  get size(): number {
    return this.answers.size;
  }

  /** Bytes of the answer bodies kept. */
  get byteSize(): number {
    return this.bytes;
  }

  /** The answer stored for this request URL under this data version, if any. */
  get(dataVersion: string, url: string): CachedAnswer | undefined {
    if (dataVersion !== this.version) return undefined;
    return this.answers.get(url);
  }

  /** Stores a successful answer; answers of an older data version are dropped first. */
  set(dataVersion: string, url: string, answer: CachedAnswer): void {
    if (answer.status !== 200 || answer.body.byteLength > this.maxBytes) return;
    if (dataVersion !== this.version) {
      this.version = dataVersion;
      this.answers = new Map();
      this.bytes = 0;
    }
    this.delete(url);
    // Oldest first (Map keeps insertion order): popular answers are re-added on their next miss.
    for (const oldest of this.answers.keys()) {
      if (this.answers.size < this.maxEntries && this.bytes + answer.body.byteLength <= this.maxBytes) break;
      this.delete(oldest);
    }
    this.answers.set(url, answer);
    this.bytes += answer.body.byteLength;
  }

  private delete(url: string): void {
    const existing = this.answers.get(url);
    if (existing === undefined) return;
    this.answers.delete(url);
    this.bytes -= existing.body.byteLength;
  }
}
