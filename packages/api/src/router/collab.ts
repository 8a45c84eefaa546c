import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { issueCollabToken } from "../server/collab.ts";
import { publicProcedure } from "../trpc.ts";
import { boardIdSchema, briefingTokenSchema } from "./ids.ts";

export const collabRouter = {
  /** A short-lived socket token: members get their role, briefing-link holders viewer; others are refused. */
  token: publicProcedure
    .input(z.strictObject({ boardId: boardIdSchema, briefingToken: briefingTokenSchema.optional() }))
    .mutation(async ({ ctx, input }) =>
      issueCollabToken({ db: ctx.db, collab: ctx.collab, user: await ctx.session(), boardId: input.boardId, briefingToken: input.briefingToken }),
    ),
} satisfies TRPCRouterRecord;
