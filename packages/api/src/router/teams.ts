import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { createTeam, listMyTeams } from "../server/teams.ts";
import { protectedProcedure } from "../trpc.ts";

export const teamsRouter = {
  mine: protectedProcedure.query(({ ctx }) => listMyTeams({ db: ctx.db, userId: ctx.user.id })),
  create: protectedProcedure
    .input(z.strictObject({ name: z.string().trim().min(1).max(120) }))
    .mutation(({ ctx, input }) => createTeam({ db: ctx.db, userId: ctx.user.id, name: input.name })),
} satisfies TRPCRouterRecord;
