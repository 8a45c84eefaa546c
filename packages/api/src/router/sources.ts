import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { getSourcesByIds } from "../server/sources.ts";
import { publicProcedure } from "../trpc.ts";

export const sourcesRouter = {
  byIds: publicProcedure
    .input(z.strictObject({ ids: z.array(z.string().trim().min(1).max(32)).min(1).max(200) }))
    .query(async ({ ctx, input }) => getSourcesByIds({ snapshot: await ctx.facts.snapshot(), ids: input.ids })),
} satisfies TRPCRouterRecord;
