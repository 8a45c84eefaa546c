import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listBoardMembers, removeBoardMember, setBoardMemberRole } from "../server/members.ts";
import { protectedProcedure } from "../trpc.ts";
import { boardIdSchema, roleSchema, userIdSchema } from "./ids.ts";

export const membersRouter = {
  list: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema }))
    .query(({ ctx, input }) => listBoardMembers({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId })),
  setRole: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, userId: userIdSchema, role: roleSchema }))
    .mutation(({ ctx, input }) => setBoardMemberRole({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId, memberId: input.userId, role: input.role })),
  remove: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, userId: userIdSchema }))
    .mutation(({ ctx, input }) => removeBoardMember({ db: ctx.db, userId: ctx.user.id, boardId: input.boardId, memberId: input.userId })),
} satisfies TRPCRouterRecord;
