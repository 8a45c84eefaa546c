import { spanOverlaps } from "@corridor/domain";
import { z } from "zod";
import type { FactSnapshot } from "../facts/dto.ts";
import { dateRangeShape, filterText, fold, oneOrMany, rangeIsOrdered, rangeOrderIssue } from "./filters.ts";

export const eventFiltersSchema = z
  .strictObject({
    ...dateRangeShape,
    /** A lane (China, EU, US, Russia, Central Asia, Other) or part of an actor's name ("EBRD"). */
    actor: oneOrMany(filterText).optional(),
    type: oneOrMany(filterText).optional(),
  })
  .refine(rangeIsOrdered, rangeOrderIssue);
export type EventFilters = z.output<typeof eventFiltersSchema>;

export function listEvents(options: { snapshot: FactSnapshot; filters: EventFilters }) {
  const { actor, type, from, to } = options.filters;
  const items = options.snapshot.events.filter((event) => {
    const span = event.dateStart && event.dateLast ? { start: event.dateStart, end: event.dateLast } : null;
    if (!spanOverlaps(span, from, to)) return false;
    if (type && !type.some((t) => fold(t) === fold(event.type))) return false;
    if (actor) {
      const lanes = event.lanes.map(fold);
      const names = event.actors.map(fold);
      const hit = actor.some((a) => lanes.includes(fold(a)) || names.some((name) => name.includes(fold(a))));
      if (!hit) return false;
    }
    return true;
  });
  return { items, dataVersion: options.snapshot.version.hash };
}
