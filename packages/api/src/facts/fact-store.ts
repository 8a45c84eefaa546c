// Holds the fact snapshot for one process. The fact base changes only when the seed runs, so the
// API answers from memory and checks the stored data version at most once per `revalidateMs`;
// a changed version reloads the snapshot. Concurrent callers share one check and one load.
import type { DbClient } from "@corridor/db";
import type { FactSnapshot } from "./dto.ts";
import { loadSnapshot } from "./load-snapshot.ts";

export interface FactStoreOptions {
  /** How long a snapshot is served before the data version is checked again. */
  revalidateMs?: number;
  now?: () => number;
}

export class FactStore {
  private current: FactSnapshot | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<FactSnapshot> | null = null;
  private readonly revalidateMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: DbClient,
    options: FactStoreOptions = {},
  ) {
    this.revalidateMs = options.revalidateMs ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  snapshot(): Promise<FactSnapshot> {
    if (this.current && this.now() - this.checkedAt < this.revalidateMs) return Promise.resolve(this.current);
    this.pending ??= this.refresh().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async refresh(): Promise<FactSnapshot> {
    if (this.current) {
      const version = await this.db.dataVersion.findUnique({ where: { id: 1 }, select: { hash: true } });
      if (version?.hash === this.current.version.hash) {
        this.checkedAt = this.now();
        return this.current;
      }
    }
    const loaded = await loadSnapshot(this.db);
    this.current = loaded;
    this.checkedAt = this.now();
    return loaded;
  }
}
