// The fact-base seed: read the project's copy of the fact base and annotations, validate, build
// rows, write them idempotently.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DbClient } from "@corridor/db";
import { buildRecords } from "./build-records.ts";
import { annotationsSchema, factBaseSchema } from "./fact-base.ts";
import { writeSeed, type SeedResult } from "./write.ts";

/** Bump when the mapping in build-records changes, so an unchanged fact base is still re-written. */
const SEED_FORMAT = "1";
const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

export function readSeedInputs(dir: string = dataDir) {
  const factsText = readFileSync(path.join(dir, "facts.json"), "utf8");
  const annotationsText = readFileSync(path.join(dir, "product-annotations.json"), "utf8");
  const facts = factBaseSchema.parse(JSON.parse(factsText));
  const annotations = annotationsSchema.parse(JSON.parse(annotationsText));
  const hash = createHash("sha256").update(SEED_FORMAT).update("\0").update(factsText).update("\0").update(annotationsText).digest("hex");
  return { facts, annotations, hash };
}

export async function seedFactBase(db: DbClient, dir?: string): Promise<SeedResult> {
  const { facts, annotations, hash } = readSeedInputs(dir);
  return writeSeed(db, buildRecords(facts, annotations), hash);
}
