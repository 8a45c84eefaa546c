import { haversineKm } from "@corridor/domain";
import { AppError } from "../errors/app-error.ts";
import type { ChokepointDto, CorridorDto, FactSnapshot, SourceDto } from "../facts/dto.ts";

/** A chokepoint not listed on a corridor still counts as near it within this distance of a waypoint. */
const NEARBY_KM = 300;

export function listCorridors(options: { snapshot: FactSnapshot }) {
  return { items: options.snapshot.corridors, dataVersion: options.snapshot.version.hash };
}

export interface NearbyChokepoint extends ChokepointDto {
  relation: "on-route" | "nearby";
  /** Distance from the nearest point of the chokepoint to the nearest waypoint. */
  distanceKm: number | null;
}

function distanceToCorridor(chokepoint: ChokepointDto, corridor: CorridorDto): number | null {
  const points = chokepoint.nodes ?? (chokepoint.lonLat ? [chokepoint.lonLat] : []);
  const waypoints = [...corridor.coordinates, ...corridor.branches.flatMap((b) => b.coordinates)];
  let best: number | null = null;
  for (const p of points) for (const w of waypoints) {
    const d = haversineKm(p, w);
    if (best === null || d < best) best = d;
  }
  return best === null ? null : Math.round(best);
}

export function getCorridor(options: { snapshot: FactSnapshot; id: string }) {
  const corridor = options.snapshot.corridors.find((c) => c.id === options.id);
  if (!corridor) throw new AppError("NOT_FOUND", `No corridor with id "${options.id}"`, { id: options.id });
  const chokepoints: NearbyChokepoint[] = options.snapshot.chokepoints.flatMap((c): NearbyChokepoint[] => {
    const distanceKm = distanceToCorridor(c, corridor);
    if (corridor.chokepointIds.includes(c.id)) return [{ ...c, relation: "on-route", distanceKm }];
    if (distanceKm !== null && distanceKm <= NEARBY_KM) return [{ ...c, relation: "nearby", distanceKm }];
    return [];
  });
  const sourceIds = new Set([...corridor.sourceIds, ...corridor.facts.flatMap((f) => f.sourceIds)]);
  const sources = [...sourceIds].flatMap((id) => {
    const source = options.snapshot.sources.get(id);
    return source ? [source] : [];
  }) satisfies SourceDto[];
  return { ...corridor, chokepoints, sources, dataVersion: options.snapshot.version.hash };
}
