"use client";
// The board's co-editing area below the charts: the shared scenario, the commentary, the notes and
// the assessment sections. Loaded lazily by the board (Tiptap and the scenario model are not part
// of its first-load JS); ./coedit-placeholder.tsx stands in until then.
import { AnnotationsCard } from "./annotations";
import { AssumptionsPanel } from "./assumptions-panel";
import { AssessmentsCard, CommentaryCard } from "./writing";

export default function CoeditSection() {
  return (
    <div className="coedit-section" data-testid="coedit-section">
      <AssumptionsPanel />
      <div className="coedit-grid">
        <CommentaryCard />
        <AnnotationsCard />
      </div>
      <AssessmentsCard />
    </div>
  );
}
