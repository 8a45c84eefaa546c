import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { computeScenario, scenarioBase } from "../server/scenario.ts";
import { publicProcedure } from "../trpc.ts";

export const scenarioRouter = {
  /** The sourced base figures the model starts from (clients recompute live with @corridor/domain). */
  base: publicProcedure.query(async ({ ctx }) => {
    const snapshot = await ctx.facts.snapshot();
    return { base: scenarioBase(snapshot), definitions: snapshot.assumptions, dataVersion: snapshot.version.hash };
  }),
  /** The model run for the given values beside the baseline; ignored values are listed with why. */
  compute: publicProcedure
    .input(z.strictObject({ values: z.record(z.string().max(64), z.unknown()).refine((v) => Object.keys(v).length <= 64, "Too many assumptions") }))
    .query(async ({ ctx, input }) => computeScenario({ snapshot: await ctx.facts.snapshot(), values: input.values })),
} satisfies TRPCRouterRecord;
