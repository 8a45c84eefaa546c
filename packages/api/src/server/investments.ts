// Investment queries over the fact snapshot: filtered lists and EUR totals grouped without
// double counting (the rules live in @corridor/domain's summarizeCommitments).
import {
  INVESTMENT_STATUS,
  investmentStatusSchema,
  spanOverlaps,
  summarizeCommitments,
  type CommitmentSummary,
  type GroupBy,
} from "@corridor/domain";
import { z } from "zod";
import type { FactSnapshot, InvestmentDto } from "../facts/dto.ts";
import { dateRangeShape, filterText, matchesAny, oneOrMany, rangeIsOrdered, rangeOrderIssue } from "./filters.ts";

export const investmentFiltersShape = {
  actor: oneOrMany(filterText).optional(),
  country: oneOrMany(filterText).optional(),
  sector: oneOrMany(filterText).optional(),
  status: oneOrMany(investmentStatusSchema).optional(),
  ...dateRangeShape,
  /** Include context rows (in_seed false: added by the fact base's compiler, not in the seed). */
  includeContext: z.boolean().default(true),
};

export const investmentFiltersSchema = z.strictObject(investmentFiltersShape).refine(rangeIsOrdered, rangeOrderIssue);
export type InvestmentFilters = z.output<typeof investmentFiltersSchema>;

/** An actor filter matches the canonical group ("EIB") or one of a joint group's members ("AIIB"). */
const actorKeys = (inv: InvestmentDto) => [inv.actorGroup, ...inv.actorGroup.split("&").map((part) => part.trim())];

export function filterInvestments(snapshot: FactSnapshot, filters: InvestmentFilters): InvestmentDto[] {
  return snapshot.investments.filter(
    (inv) =>
      (filters.includeContext || inv.inSeed !== false) &&
      matchesAny(filters.actor, actorKeys(inv)) &&
      matchesAny(filters.country, inv.countries) &&
      matchesAny(filters.sector, [inv.sectorGroup]) &&
      (!filters.status || filters.status.includes(inv.status)) &&
      spanOverlaps({ start: inv.dateStart, end: inv.dateEnd }, filters.from, filters.to),
  );
}

export function listInvestments(options: { snapshot: FactSnapshot; filters: InvestmentFilters }) {
  const items = filterInvestments(options.snapshot, options.filters);
  return { items, dataVersion: options.snapshot.version.hash };
}

const groupKeys: Record<GroupBy, (inv: InvestmentDto) => readonly string[]> = {
  actor: (inv) => [inv.actorGroup],
  status: (inv) => [inv.status],
  sector: (inv) => [inv.sectorGroup],
  country: (inv) => inv.countries,
};

export interface InvestmentSummary extends CommitmentSummary {
  groupBy: GroupBy;
  currency: "EUR";
  itemCount: number;
  dataVersion: string;
}

export function summarizeInvestments(options: { snapshot: FactSnapshot; groupBy: GroupBy; filters: InvestmentFilters }): InvestmentSummary {
  const items = filterInvestments(options.snapshot, options.filters);
  const summary = summarizeCommitments({
    // A converted amount also rests on the exchange-rate source.
    items: items.map((inv) => ({ ...inv, sourceIds: inv.fx ? [...inv.sourceIds, inv.fx.sourceId] : inv.sourceIds })),
    allItems: options.snapshot.investments,
    keysOf: groupKeys[options.groupBy],
    order: options.groupBy === "status" ? INVESTMENT_STATUS : undefined,
  });
  return { ...summary, groupBy: options.groupBy, currency: "EUR", itemCount: items.length, dataVersion: options.snapshot.version.hash };
}
