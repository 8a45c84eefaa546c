import { AppError } from "../errors/app-error.ts";
import type { FactSnapshot, ObservationDto, SeriesDto } from "../facts/dto.ts";

export interface SeriesConflict {
  period: string;
  /** The main line's metric (null) or the sub-series the values belong to. */
  metric: string | null;
  min: number;
  max: number;
  observations: { id: string; value: number; metric: string | null; sourceIds: string[]; confidence: ObservationDto["confidence"] }[];
  flagIds: string[];
}

/**
 * Observations that give different values for the same period and measure: the same metric, or a
 * metric the series marks as the same measure from another reporter (e.g. Chinese vs Kazakh
 * customs). Shown as a range with every source, never averaged away.
 */
export function findConflicts(series: SeriesDto): SeriesConflict[] {
  const measureOf = (o: ObservationDto) => (o.metric !== null && series.conflictingMetrics.includes(o.metric) ? null : o.metric);
  const groups = new Map<string, ObservationDto[]>();
  for (const o of series.observations) {
    const key = JSON.stringify([o.period, measureOf(o)]);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const conflicts: SeriesConflict[] = [];
  for (const list of groups.values()) {
    const values = list.map((o) => o.value);
    const first = list[0];
    if (!first || new Set(values).size < 2) continue;
    conflicts.push({
      period: first.period,
      metric: measureOf(first),
      min: Math.min(...values),
      max: Math.max(...values),
      observations: list.map((o) => ({ id: o.id, value: o.value, metric: o.metric, sourceIds: o.sourceIds, confidence: o.confidence })),
      flagIds: series.flagIds,
    });
  }
  return conflicts;
}

export function listIndicators(options: { snapshot: FactSnapshot }) {
  const items = options.snapshot.series.map((s) => {
    const dated = s.observations.filter((o) => o.periodEnd !== null && o.metric === null);
    const latest = dated.reduce<ObservationDto | null>((best, o) => (best === null || (o.periodEnd ?? "") > (best.periodEnd ?? "") ? o : best), null);
    return {
      id: s.id,
      key: s.key,
      name: s.name,
      unit: s.unit,
      scope: s.scope,
      observationCount: s.observations.length,
      metrics: [...new Set(s.observations.flatMap((o) => (o.metric === null ? [] : [o.metric])))],
      latest,
      hasConflicts: findConflicts(s).length > 0,
      sourceIds: s.sourceIds,
      flagIds: s.flagIds,
    };
  });
  return { items, dataVersion: options.snapshot.version.hash };
}

export function getSeries(options: { snapshot: FactSnapshot; key: string }) {
  const series = options.snapshot.series.find((s) => s.key === options.key);
  if (!series) throw new AppError("NOT_FOUND", `No indicator series with key "${options.key}"`, { key: options.key });
  return { ...series, conflicts: findConflicts(series), dataVersion: options.snapshot.version.hash };
}
