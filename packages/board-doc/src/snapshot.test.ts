import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BoardDoc } from "./board-doc.ts";
import { boardDocFromState, diffBoardDocs, restoreSnapshot } from "./snapshot.ts";
import { fragmentText } from "./text.ts";

const bounds = [
  { key: "gulf_disruption", min: 0, max: 80 },
  { key: "mou_conversion", min: 0, max: 100 },
];
const head = { id: "u-head", name: "Head of department" };
const analyst = { id: "u-analyst", name: "Analyst" };

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

function board() {
  return new BoardDoc(new Y.Doc(), { assumptions: bounds });
}

function snapshotOf(live: BoardDoc): BoardDoc {
  return boardDocFromState(Y.encodeStateAsUpdate(live.doc), bounds);
}

describe("fragmentText", () => {
  it("gives one line per block and never interprets markup", () => {
    const b = board();
    b.commentary.insert(0, [paragraph("First <b>line</b>"), paragraph("Second")]);
    expect(fragmentText(b.commentary)).toBe("First <b>line</b>\nSecond");
  });
});

describe("diffBoardDocs", () => {
  it("lists assumption, commentary, assessment and annotation changes since the snapshot", () => {
    const live = board();
    live.setAssumption("gulf_disruption", 30, analyst);
    live.commentary.insert(0, [paragraph("Volumes doubled.")]);
    const kept = live.addAssessment("Transport", analyst);
    const dropped = live.addAssessment("Finance", analyst);
    const note = live.addAnnotation({ target: { kind: "point", lonLat: [51.17, 43.65] }, text: "Aktau", color: "#d9480f" }, analyst);
    const snap = snapshotOf(live);

    live.setAssumption("gulf_disruption", 50, analyst);
    live.setAssumption("mou_conversion", 80, analyst);
    live.commentary.insert(1, [paragraph("Ferries are the bottleneck.")]);
    live.setAssessmentStatus(kept, "reviewed", head);
    live.removeAssessment(dropped, head);
    live.addAssessment("Risks", head);
    live.replyToAnnotation(note, "Agreed", head);
    live.setAnnotationResolved(note, true, head);
    const added = live.addAnnotation({ target: { kind: "item", itemType: "investment", itemId: "INV-04" }, text: "MoU only", color: "#1c7ed6" }, head);

    const diff = diffBoardDocs(snap, live);
    expect(diff.assumptions).toEqual([
      { key: "gulf_disruption", before: 30, after: 50 },
      { key: "mou_conversion", before: null, after: 80 },
    ]);
    expect(diff.commentary).toEqual({ changed: true, before: "Volumes doubled.", after: "Volumes doubled.\nFerries are the bottleneck." });
    expect(diff.assessments.added.map((s) => s.title)).toEqual(["Risks"]);
    expect(diff.assessments.removed.map((s) => s.title)).toEqual(["Finance"]);
    expect(diff.assessments.changed).toEqual([expect.objectContaining({ id: kept, statusBefore: "draft", statusAfter: "reviewed" })]);
    expect(diff.annotations.added.map((n) => n.id)).toEqual([added]);
    expect(diff.annotations.changed).toEqual([{ id: note, text: "Aktau", resolvedBefore: false, resolvedAfter: true, repliesAdded: 1 }]);
    expect(diffBoardDocs(live, snapshotOf(live)).assumptions).toEqual([]);
  });
});

describe("restoreSnapshot", () => {
  it("writes the snapshot's content back as new changes that the restorer can undo, and keeps history", () => {
    const live = board();
    live.setAssumption("gulf_disruption", 30, analyst);
    live.commentary.insert(0, [paragraph("Before the briefing.")]);
    live.addAssessment("Transport", analyst);
    const snap = snapshotOf(live);
    const stateVectorAtSnapshot = Y.encodeStateVector(live.doc);

    live.setAssumption("gulf_disruption", 70, analyst);
    live.setAssumption("mou_conversion", 10, analyst);
    live.commentary.delete(0, 1);
    live.commentary.insert(0, [paragraph("After.")]);
    live.addAssessment("Extra", analyst);

    const undo = live.undoManagerFor(head.id);
    restoreSnapshot(live, snap, head);
    expect(live.assumptions()).toEqual({ gulf_disruption: 30 });
    expect(fragmentText(live.commentary)).toBe("Before the briefing.");
    expect(live.assessments().map((s) => s.title)).toEqual(["Transport"]);
    expect(diffBoardDocs(snap, live).assumptions).toEqual([]);
    // New changes, not a rewind: the document only grew.
    const now = Y.decodeStateVector(Y.encodeStateVector(live.doc));
    for (const [client, clock] of Y.decodeStateVector(stateVectorAtSnapshot)) expect(now.get(client) ?? 0).toBeGreaterThanOrEqual(clock);

    undo.undo();
    expect(live.assumptions()).toEqual({ gulf_disruption: 70, mou_conversion: 10 });
    expect(fragmentText(live.commentary)).toBe("After.");
    expect(live.assessments().map((s) => s.title)).toEqual(["Transport", "Extra"]);
  });
});
