import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BoardDocError } from "./board-doc.ts";
import { aigerim, erlan, pair } from "./test-fixtures.ts";
import { MIGRATIONS, migrateBoardDoc, schemaVersionOf } from "./migrations.ts";
import { SCHEMA_VERSION } from "./schema.ts";


describe("assumptions", () => {
  it("validates writes, records who changed what last, and syncs", () => {
    const { a, b } = pair();
    a.setAssumption("gulf_disruption", 30, aigerim);
    expect(b.assumptions()).toEqual({ gulf_disruption: 30 });
    expect(b.lastAssumptionEdit("gulf_disruption")).toMatchObject({ by: "u-aigerim", name: "Aigerim" });
    expect(() => a.setAssumption("gulf_disruption", 95, aigerim)).toThrow(BoardDocError);
    expect(() => a.setAssumption("gulf_disruption", "30", aigerim)).toThrow(/number/);
    expect(() => a.setAssumption("unknown", 1, aigerim)).toThrow(/Unknown/);
    expect(() => a.setAssumption("gulf_disruption", Number.NaN, aigerim)).toThrow();
    expect(b.assumptions()).toEqual({ gulf_disruption: 30 });
    b.resetAssumption("gulf_disruption", erlan);
    expect(a.assumptions()).toEqual({});
    expect(a.lastAssumptionEdit("gulf_disruption")?.name).toBe("Erlan");
  });

  it("ignores malformed values written around the accessor", () => {
    const { a, b } = pair();
    a.assumptionsMap.set("gulf_disruption", 500);
    a.assumptionsMap.set("eu_pledge_realisation", "lots");
    a.assumptionsMap.set("made_up", 3);
    expect(b.assumptions()).toEqual({});
  });
});

describe("assessments", () => {
  it("adds ordered sections with a rich-text body, and moves status one step at a time", () => {
    const { a, b } = pair();
    const first = a.addAssessment("Transport outlook", aigerim);
    const second = b.addAssessment("Finance", erlan);
    a.addAssessment("Summary", aigerim, 0);
    expect(b.assessments().map((s) => s.title)).toEqual(["Summary", "Transport outlook", "Finance"]);
    const body = b.assessments().find((s) => s.id === first)?.body;
    body?.insert(0, [new Y.XmlText("Volumes doubled in 2023.")]);
    expect(a.assessments().find((s) => s.id === first)?.body.toString()).toContain("Volumes doubled");
    a.setAssessmentStatus(first, "reviewed", erlan);
    expect(b.assessments().find((s) => s.id === first)?.status).toBe("reviewed");
    expect(() => a.setAssessmentStatus(second, "final", aigerim)).toThrow(/one step/);
    a.moveAssessment(second, 0, aigerim);
    expect(b.assessments().map((s) => s.title)).toEqual(["Finance", "Summary", "Transport outlook"]);
    a.removeAssessment(second, aigerim);
    expect(b.assessments()).toHaveLength(2);
  });

  it("keeps a moved section's body", () => {
    const { a } = pair();
    const id = a.addAssessment("Risks", aigerim);
    a.assessments()[0]?.body.insert(0, [new Y.XmlText("Caspian ferry shortage")]);
    a.addAssessment("Other", aigerim);
    a.moveAssessment(id, 1, aigerim);
    expect(a.assessments()[1]?.body.toString()).toContain("Caspian ferry shortage");
  });
});

describe("annotations", () => {
  it("pins notes to points and data items, with replies and resolution, live on both replicas", () => {
    const { a, b } = pair();
    const aktau = a.addAnnotation({ target: { kind: "point", lonLat: [51.17, 43.65] }, text: "Ferry backlog here", color: "#d9480f" }, aigerim);
    const bar = b.addAnnotation({ target: { kind: "item", itemType: "investment", itemId: "INV-04", chart: "commitments" }, text: "Still an MoU", color: "#1c7ed6" }, erlan);
    b.replyToAnnotation(aktau, "Seven ferries needed (E08)", erlan);
    a.setAnnotationResolved(bar, true, aigerim);
    const seen = a.annotations();
    expect(seen.map((n) => n.id)).toEqual([aktau, bar]);
    expect(seen[0]?.replies.map((r) => r.text)).toEqual(["Seven ferries needed (E08)"]);
    expect(b.annotations()[1]?.resolved).toBe(true);
    expect(() => a.addAnnotation({ target: { kind: "point", lonLat: [200, 0] }, text: "x", color: "#000000" }, aigerim)).toThrow(BoardDocError);
    expect(() => a.addAnnotation({ target: { kind: "point", lonLat: [0, 0] }, text: "  ", color: "#000000" }, aigerim)).toThrow(BoardDocError);
    expect(() => a.addAnnotation({ target: { kind: "point", lonLat: [0, 0] }, text: "x", color: "red; background:url(x)" }, aigerim)).toThrow(BoardDocError);
    a.removeAnnotation(bar, aigerim);
    expect(b.annotations()).toHaveLength(1);
  });

  it("skips malformed annotations instead of returning them", () => {
    const { a, b } = pair();
    const bad = new Y.Map<unknown>();
    bad.set("id", "x");
    bad.set("target", { kind: "point", lonLat: ["a", "b"] });
    a.annotationsMap.set("x", bad);
    expect(b.annotations()).toEqual([]);
  });
});

describe("per-user undo", () => {
  it("undoes only this user's changes, never someone else's", () => {
    const { a, b } = pair();
    const undoA = a.undoManagerFor(aigerim.id);
    a.setAssumption("gulf_disruption", 30, aigerim);
    undoA.stopCapturing();
    b.setAssumption("eu_pledge_realisation", 70, erlan);
    undoA.undo();
    expect(b.assumptions()).toEqual({ eu_pledge_realisation: 70 });
    undoA.redo();
    expect(b.assumptions()).toEqual({ gulf_disruption: 30, eu_pledge_realisation: 70 });
  });
});

describe("migrations", () => {
  it("brings an empty document to the current version once, and leaves a newer one alone", () => {
    const doc = new Y.Doc();
    expect(schemaVersionOf(doc)).toBe(0);
    expect(migrateBoardDoc(doc)).toEqual({ status: "migrated", from: 0, to: SCHEMA_VERSION });
    expect(migrateBoardDoc(doc)).toEqual({ status: "current", from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    const future = new Y.Doc();
    future.getMap("meta").set("schemaVersion", SCHEMA_VERSION + 5);
    expect(migrateBoardDoc(future).status).toBe("newer-than-code");
  });

  it("converges when two replicas migrate concurrently, running each step in order", () => {
    const steps: string[] = [];
    const migrations = { ...MIGRATIONS, [SCHEMA_VERSION]: (doc: Y.Doc) => { steps.push("next"); doc.getMap("future"); } };
    const a = new Y.Doc();
    const b = new Y.Doc();
    migrateBoardDoc(a, migrations, SCHEMA_VERSION + 1);
    migrateBoardDoc(b, migrations, SCHEMA_VERSION + 1);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(schemaVersionOf(a)).toBe(SCHEMA_VERSION + 1);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    expect(steps).toEqual(["next", "next"]);
    expect(() => migrateBoardDoc(new Y.Doc(), {}, 1)).toThrow(/No board-document migration/);
  });
});
