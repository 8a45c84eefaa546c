import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { createBoard, deleteBoard, duplicateBoard, getBoard, listMyBoards, renameBoard, setBoardArchived } from "../server/boards.ts";
import { protectedProcedure, publicProcedure } from "../trpc.ts";
import { boardIdSchema, briefingTokenSchema, boardTitleSchema, teamIdSchema } from "./ids.ts";

export const boardsRouter = {
  /** A board the caller may see: as a member, or through a briefing link (read-only, nothing else exposed). */
  byId: publicProcedure
    .input(z.strictObject({ id: boardIdSchema, briefingToken: briefingTokenSchema.optional() }))
    .query(async ({ ctx, input }) =>
      getBoard({ db: ctx.db, userId: (await ctx.session())?.id ?? null, boardId: input.id, briefingToken: input.briefingToken }),
    ),
  mine: protectedProcedure
    .input(z.strictObject({ includeArchived: z.boolean().default(false) }).optional())
    .query(({ ctx, input }) => listMyBoards({ db: ctx.db, userId: ctx.user.id, includeArchived: input?.includeArchived ?? false })),
  create: protectedProcedure
    .input(z.strictObject({ teamId: teamIdSchema, title: boardTitleSchema }))
    .mutation(({ ctx, input }) => createBoard({ db: ctx.db, userId: ctx.user.id, teamId: input.teamId, title: input.title })),
  rename: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, title: boardTitleSchema }))
    .mutation(({ ctx, input }) => renameBoard({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId, title: input.title })),
  duplicate: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, title: boardTitleSchema.optional() }))
    .mutation(({ ctx, input }) => duplicateBoard({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId, title: input.title })),
  archive: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, archived: z.boolean() }))
    .mutation(({ ctx, input }) => setBoardArchived({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId, archived: input.archived })),
  delete: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, confirmTitle: z.string() }))
    .mutation(({ ctx, input }) => deleteBoard({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId, confirmTitle: input.confirmTitle })),
} satisfies TRPCRouterRecord;
