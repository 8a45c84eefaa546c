import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { getCorridor, listCorridors } from "../server/corridors.ts";
import { publicProcedure } from "../trpc.ts";

export const corridorsRouter = {
  list: publicProcedure.query(async ({ ctx }) => listCorridors({ snapshot: await ctx.facts.snapshot() })),
  byId: publicProcedure
    .input(z.strictObject({ id: z.string().trim().min(1).max(64) }))
    .query(async ({ ctx, input }) => getCorridor({ snapshot: await ctx.facts.snapshot(), id: input.id })),
} satisfies TRPCRouterRecord;
