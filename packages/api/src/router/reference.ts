// Small read-only reference lists: scenario assumption definitions and data-quality flags.
import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc.ts";

export const assumptionsRouter = {
  definitions: publicProcedure.query(async ({ ctx }) => {
    const snapshot = await ctx.facts.snapshot();
    return { items: snapshot.assumptions, dataVersion: snapshot.version.hash };
  }),
} satisfies TRPCRouterRecord;

export const dataQualityRouter = {
  flags: publicProcedure.query(async ({ ctx }) => {
    const snapshot = await ctx.facts.snapshot();
    return { items: snapshot.flags, dataVersion: snapshot.version.hash };
  }),
} satisfies TRPCRouterRecord;
