// Schema versions of the board document. A document is migrated on load by the first client or
// server that opens it with a newer schema; each step is idempotent, so concurrent migrations by
// two clients converge. A document newer than the code is left alone and reported.
import type * as Y from "yjs";
import { ROOT, SCHEMA_VERSION } from "./schema.ts";

export type Migration = (doc: Y.Doc) => void;

/** MIGRATIONS[n] upgrades a document from version n to n + 1. Version 0 = an empty or legacy document. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (doc) => {
    // Version 1 introduced the root types; creating them is idempotent in Yjs.
    doc.getMap(ROOT.assumptions);
    doc.getMap(ROOT.assumptionLog);
    doc.getXmlFragment(ROOT.commentary);
    doc.getArray(ROOT.assessments);
    doc.getMap(ROOT.annotations);
  },
  1: (doc) => {
    // Version 2 added the saved views.
    doc.getArray(ROOT.views);
  },
};

export function schemaVersionOf(doc: Y.Doc): number {
  const version = doc.getMap(ROOT.meta).get("schemaVersion");
  return typeof version === "number" && Number.isInteger(version) && version >= 0 ? version : 0;
}

export type MigrationResult = { status: "current" | "migrated"; from: number; to: number } | { status: "newer-than-code"; from: number; to: number };

export function migrateBoardDoc(doc: Y.Doc, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target: number = SCHEMA_VERSION): MigrationResult {
  const from = schemaVersionOf(doc);
  if (from > target) return { status: "newer-than-code", from, to: target };
  if (from === target) return { status: "current", from, to: target };
  doc.transact(() => {
    for (let version = from; version < target; version += 1) {
      const step = migrations[version];
      if (!step) throw new Error(`No board-document migration from version ${version}`);
      step(doc);
    }
    doc.getMap(ROOT.meta).set("schemaVersion", target);
  }, "migration");
  return { status: "migrated", from, to: target };
}
