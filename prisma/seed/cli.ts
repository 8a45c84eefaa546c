// `pnpm db:seed`: seeds DATABASE_URL (default: the embedded SQLite file) from the fact base.
import { createDatabase } from "@corridor/db";
import { defaultDatabaseUrl } from "../scripts/default-url.ts";
import { seedDefaultBoard, DEFAULT_BOARD } from "./boards.ts";
import { seedFactBase } from "./seed.ts";

const database = createDatabase(process.env.DATABASE_URL ?? defaultDatabaseUrl());
try {
  const result = await seedFactBase(database.client);
  console.log(result.changed ? `seed: fact base written (version ${result.hash.slice(0, 12)})` : `seed: fact base unchanged (version ${result.hash.slice(0, 12)}); nothing written`);
  const board = await seedDefaultBoard(database.client);
  console.log(board.created ? `seed: created the default board /b/${DEFAULT_BOARD.id}` : `seed: default board /b/${DEFAULT_BOARD.id} present`);
} finally {
  await database.client.$disconnect();
}
