import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { getBoard } from "../server/boards.ts";
import { publicProcedure } from "../trpc.ts";

export const boardIdSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Expected a board id such as kazakhstan-china-eu");

export const boardsRouter = {
  byId: publicProcedure.input(z.strictObject({ id: boardIdSchema })).query(({ ctx, input }) => getBoard({ db: ctx.db, id: input.id })),
} satisfies TRPCRouterRecord;
