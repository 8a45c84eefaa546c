import type { TRPCRouterRecord } from "@trpc/server";
import { groupBySchema } from "@corridor/domain";
import { z } from "zod";
import { investmentFiltersShape, listInvestments, summarizeInvestments } from "../server/investments.ts";
import { rangeIsOrdered, rangeOrderIssue } from "../server/filters.ts";
import { publicProcedure } from "../trpc.ts";

const listInput = z.strictObject(investmentFiltersShape).refine(rangeIsOrdered, rangeOrderIssue);
const summaryInput = z.strictObject({ groupBy: groupBySchema, ...investmentFiltersShape }).refine(rangeIsOrdered, rangeOrderIssue);

export const investmentsRouter = {
  list: publicProcedure
    .input(listInput.optional())
    .query(async ({ ctx, input }) => listInvestments({ snapshot: await ctx.facts.snapshot(), filters: input ?? listInput.parse({}) })),
  summary: publicProcedure.input(summaryInput).query(async ({ ctx, input }) => {
    const { groupBy, ...filters } = input;
    return summarizeInvestments({ snapshot: await ctx.facts.snapshot(), groupBy, filters });
  }),
} satisfies TRPCRouterRecord;
