import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { getSeries, listIndicators } from "../server/indicators.ts";
import { publicProcedure } from "../trpc.ts";

export const indicatorsRouter = {
  list: publicProcedure.query(async ({ ctx }) => listIndicators({ snapshot: await ctx.facts.snapshot() })),
  series: publicProcedure
    .input(z.strictObject({ key: z.string().trim().regex(/^[a-z0-9_]{1,64}$/, "Expected a series key such as titr_cargo_volume") }))
    .query(async ({ ctx, input }) => getSeries({ snapshot: await ctx.facts.snapshot(), key: input.key })),
} satisfies TRPCRouterRecord;
