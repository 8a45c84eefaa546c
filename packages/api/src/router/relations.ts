import type { TRPCRouterRecord } from "@trpc/server";
import { eventFiltersSchema, listEvents } from "../server/events.ts";
import { publicProcedure } from "../trpc.ts";

export const relationsRouter = {
  events: publicProcedure
    .input(eventFiltersSchema.optional())
    .query(async ({ ctx, input }) => listEvents({ snapshot: await ctx.facts.snapshot(), filters: input ?? {} })),
} satisfies TRPCRouterRecord;
