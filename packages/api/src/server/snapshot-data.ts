// What a snapshot freezes besides the document: the fact data the board showed (so later data
// changes cannot alter it), the model figures as computed then, and every source it cites.
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import type { FactSnapshot } from "../facts/dto.ts";

export const SNAPSHOT_DATA_FORMAT = 1;

export function freezeFactData(snapshot: FactSnapshot) {
  const payload = {
    format: SNAPSHOT_DATA_FORMAT,
    dataVersion: snapshot.version.hash,
    corridors: snapshot.corridors,
    chokepoints: snapshot.chokepoints,
    investments: snapshot.investments,
    events: snapshot.events,
    series: snapshot.series,
    pointFacts: snapshot.pointFacts,
    assumptions: snapshot.assumptions,
    flags: snapshot.flags,
    sources: [...snapshot.sources.values()],
  };
  const json = JSON.stringify(payload);
  const cited = new Set<string>();
  for (const list of [snapshot.investments, snapshot.events, snapshot.corridors, snapshot.series, snapshot.pointFacts, snapshot.assumptions]) {
    for (const item of list) for (const id of item.sourceIds) cited.add(id);
  }
  for (const inv of snapshot.investments) if (inv.fx) cited.add(inv.fx.sourceId);
  return {
    data: gzipSync(json),
    dataHash: createHash("sha256").update(json).digest("hex"),
    sourceIds: [...cited].sort(),
  };
}

const frozenSchema = z.object({ format: z.literal(SNAPSHOT_DATA_FORMAT), dataVersion: z.string() }).passthrough();

export function thawFactData(data: Uint8Array, expectedHash: string) {
  const json = gunzipSync(data).toString("utf8");
  const hash = createHash("sha256").update(json).digest("hex");
  if (hash !== expectedHash) throw new Error("Snapshot data does not match its content hash");
  return frozenSchema.parse(JSON.parse(json));
}
