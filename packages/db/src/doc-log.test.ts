import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mergeDocLog, toDbBytes } from "./doc-log.ts";

function updateSetting(key: string, value: number, base?: Y.Doc): { doc: Y.Doc; update: Uint8Array } {
  const doc = base ?? new Y.Doc();
  const before = Y.encodeStateVector(doc);
  doc.getMap("assumptions").set(key, value);
  return { doc, update: Y.encodeStateAsUpdate(doc, before) };
}

describe("mergeDocLog", () => {
  it("applies the compacted state, then the log in order", () => {
    const first = updateSetting("a", 1);
    const state = Y.encodeStateAsUpdate(first.doc);
    const second = updateSetting("a", 2, first.doc);
    const third = updateSetting("b", 3, first.doc);
    const merged = mergeDocLog({ state, updates: [second.update, third.update] }, () => {
      throw new Error("nothing should be skipped");
    });
    expect(merged.getMap("assumptions").toJSON()).toEqual({ a: 2, b: 3 });
  });

  it("skips and reports an entry that cannot be applied, keeping the rest", () => {
    const good = updateSetting("kept", 7);
    const skipped: number[] = [];
    const merged = mergeDocLog({ state: null, updates: [new Uint8Array([1, 2, 3]), good.update] }, (index) => skipped.push(index));
    expect(skipped).toEqual([0]);
    expect(merged.getMap("assumptions").get("kept")).toBe(7);
  });

  it("reports a broken compacted state as index -1", () => {
    const skipped: number[] = [];
    mergeDocLog({ state: new Uint8Array([9, 9, 9]), updates: [] }, (index) => skipped.push(index));
    expect(skipped).toEqual([-1]);
  });
});

describe("toDbBytes", () => {
  it("copies a view into its own buffer", () => {
    const backing = new Uint8Array([0, 1, 2, 3, 4]);
    const bytes = toDbBytes(backing.subarray(1, 4));
    expect([...bytes]).toEqual([1, 2, 3]);
    expect(bytes.buffer.byteLength).toBe(3);
  });
});
