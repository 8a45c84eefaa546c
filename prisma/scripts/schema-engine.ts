// Loads Prisma's own schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, the
// version pinned to this Prisma release's engines hash). The CLI's native engine cannot be
// downloaded on these machines; this one runs in-process through the same driver adapters as the
// client. The package's entry imports the .wasm as an ES module, which Node cannot do, so the
// wasm-bindgen glue is wired by hand: instantiate with the glue module as the import object, hand
// the instance's exports to the glue, then start it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { AdapterFactory } from "@corridor/db";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

let started: Promise<typeof glue> | undefined;

function startWasm(): Promise<typeof glue> {
  started ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    glue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return glue;
  })();
  return started;
}

export interface EngineLog {
  (line: string): void;
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (a SQLite connection left open keeps its lock). */
  close(): Promise<void>;
}

export async function openSchemaEngine(
  schema: { path: string; content: string },
  adapterFactory: AdapterFactory,
  log: EngineLog = () => {},
): Promise<OpenEngine> {
  const mod = await startWasm();
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const adapter = await adapterFactory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await adapterFactory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
