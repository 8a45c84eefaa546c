import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  createSnapshot,
  createSnapshotLink,
  deleteSnapshot,
  diffSnapshot,
  exportSnapshot,
  getSnapshot,
  importSnapshot,
  listSnapshots,
  snapshotExportSchema,
} from "../server/snapshots.ts";
import { protectedProcedure, publicProcedure } from "../trpc.ts";
import { boardIdSchema, briefingTokenSchema, expiresInHoursSchema, linkTokenSchema, teamIdSchema } from "./ids.ts";

const snapshotIdSchema = z.string().trim().regex(/^snap-[a-f0-9]{16}$/, "Expected a snapshot id");
const userId = async (ctx: { session: () => Promise<{ id: string } | null> }) => (await ctx.session())?.id ?? null;

export const snapshotsRouter = {
  create: protectedProcedure
    .input(z.strictObject({ boardId: boardIdSchema, name: z.string().trim().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => createSnapshot({ db: ctx.db, facts: await ctx.facts.snapshot(), user: ctx.user, boardId: input.boardId, name: input.name })),
  list: publicProcedure
    .input(z.strictObject({ boardId: boardIdSchema, briefingToken: briefingTokenSchema.optional() }))
    .query(async ({ ctx, input }) => listSnapshots({ db: ctx.db, userId: await userId(ctx), boardId: input.boardId, briefingToken: input.briefingToken })),
  get: publicProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema, linkToken: linkTokenSchema.optional() }))
    .query(async ({ ctx, input }) => getSnapshot({ db: ctx.db, userId: await userId(ctx), snapshotId: input.snapshotId, linkToken: input.linkToken })),
  diff: publicProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema, linkToken: linkTokenSchema.optional() }))
    .query(async ({ ctx, input }) =>
      diffSnapshot({ db: ctx.db, facts: await ctx.facts.snapshot(), userId: await userId(ctx), snapshotId: input.snapshotId, linkToken: input.linkToken }),
    ),
  export: publicProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema, linkToken: linkTokenSchema.optional() }))
    .query(async ({ ctx, input }) => exportSnapshot({ db: ctx.db, userId: await userId(ctx), snapshotId: input.snapshotId, linkToken: input.linkToken })),
  import: protectedProcedure
    .input(z.strictObject({ teamId: teamIdSchema, file: snapshotExportSchema }))
    .mutation(({ ctx, input }) => importSnapshot({ db: ctx.db, userId: ctx.user.id, teamId: input.teamId, file: input.file })),
  delete: protectedProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema }))
    .mutation(({ ctx, input }) => deleteSnapshot({ db: ctx.db, userId: ctx.user.id, snapshotId: input.snapshotId })),
  createLink: protectedProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema, expiresInHours: expiresInHoursSchema }))
    .mutation(({ ctx, input }) => createSnapshotLink({ db: ctx.db, userId: ctx.user.id, snapshotId: input.snapshotId, expiresInHours: input.expiresInHours })),
} satisfies TRPCRouterRecord;
