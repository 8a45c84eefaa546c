import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { acceptInvite, createBriefingLink, createInviteLink, listLinks, recordBriefingView, resolveBriefingLink, revokeLink } from "../server/links.ts";
import { protectedProcedure, publicProcedure } from "../trpc.ts";
import { boardIdSchema, expiresInHoursSchema, linkTokenSchema, roleSchema } from "./ids.ts";

const label = z.string().trim().max(120).optional();

export const linksRouter = {
  list: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema }))
    .query(({ ctx, input }) => listLinks({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId })),
  createInvite: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, scope: z.enum(["board", "team"]).default("board"), role: roleSchema, expiresInHours: expiresInHoursSchema, label }))
    .mutation(({ ctx, input }) => createInviteLink({ db: ctx.db, userId: ctx.user.id, ...input })),
  createBriefing: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, expiresInHours: expiresInHoursSchema, label }))
    .mutation(({ ctx, input }) => createBriefingLink({ db: ctx.db, userId: ctx.user.id, ...input })),
  revoke: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, linkId: z.string().trim().min(1).max(64) }))
    .mutation(({ ctx, input }) => revokeLink({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId, linkId: input.linkId })),
  acceptInvite: protectedProcedure
    .input(z.strictObject({ token: linkTokenSchema }))
    .mutation(({ ctx, input }) => acceptInvite({ db: ctx.db, userId: ctx.user.id, token: input.token })),
  /** Public: a briefing link holder needs no account. */
  resolveBriefing: publicProcedure
    .input(z.strictObject({ token: linkTokenSchema }))
    .query(({ ctx, input }) => resolveBriefingLink({ db: ctx.db, token: input.token })),
  /** Public: counts one opening of a briefing link (use count and last use shown to the owner). */
  recordBriefingView: publicProcedure
    .input(z.strictObject({ token: linkTokenSchema }))
    .mutation(({ ctx, input }) => recordBriefingView({ db: ctx.db, token: input.token })),
} satisfies TRPCRouterRecord;
