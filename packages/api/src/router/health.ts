import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc.ts";

export const healthRouter = {
  /** Does no work: the baseline the benchmark compares real procedures against. */
  ping: publicProcedure.query(() => ({ ok: true as const })),
} satisfies TRPCRouterRecord;
