// Placeholder replaced by the snapshot loader (in progress).
import type { DbClient } from "@corridor/db";

export class FactStore {
  constructor(readonly db: DbClient) {}
}
