"use client";
// The board's co-editing area below the charts: the shared scenario, the commentary, the notes and
// the assessment sections.
import { AnnotationsCard } from "./annotations";
import { AssumptionsPanel } from "./assumptions-panel";
import { AssessmentsCard, CommentaryCard } from "./writing";

export function CoeditSection() {
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
