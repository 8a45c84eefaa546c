"use client";
// The board's shared writing: the commentary and the assessment sections (title, rich-text body,
// status draft → reviewed → final one step at a time), edited together live.
import { useState } from "react";
import type { AssessmentSection, AssessmentStatus } from "@corridor/board-doc";
import { useCollab } from "../collab/collab-context";
import { RichText } from "./rich-text";

export function CommentaryCard() {
  const collab = useCollab();
  return (
    <section className="coedit-card" aria-labelledby="commentary-title">
      <div className="coedit-card-head">
        <h2 id="commentary-title">Commentary</h2>
        <p className="chart-note">Written together: everyone&apos;s caret shows in their colour.</p>
      </div>
      {collab?.boardDoc ? (
        <RichText fragment={collab.boardDoc.commentary} label="Commentary" testId="commentary-editor" placeholder="No commentary yet." />
      ) : (
        <p className="muted">Loading the shared document…</p>
      )}
    </section>
  );
}

const NEXT: Record<AssessmentStatus, AssessmentStatus | null> = { draft: "reviewed", reviewed: "final", final: null };
const PREVIOUS: Record<AssessmentStatus, AssessmentStatus | null> = { draft: null, reviewed: "draft", final: "reviewed" };

export function AssessmentsCard() {
  const collab = useCollab();
  const [title, setTitle] = useState("");
  if (!collab?.boardDoc) return null;
  const { boardDoc, author, readOnly } = collab;
  const sections = boardDoc.assessments();
  const add = () => {
    if (!author || title.trim() === "") return;
    boardDoc.addAssessment(title.trim(), author);
    setTitle("");
  };
  return (
    <section className="coedit-card" aria-labelledby="assessments-title" data-testid="assessments">
      <div className="coedit-card-head">
        <h2 id="assessments-title">Assessment</h2>
        <p className="chart-note">Sections move from draft to reviewed to final, one step at a time.</p>
      </div>
      {sections.length === 0 ? <p className="muted">No sections yet.</p> : null}
      <ol className="assessment-list">
        {sections.map((section) => (
          <AssessmentItem key={section.id} section={section} />
        ))}
      </ol>
      {readOnly ? null : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label className="visually-hidden" htmlFor="new-section-title">
            New section title
          </label>
          <input id="new-section-title" value={title} maxLength={200} placeholder="New section title" onChange={(event) => setTitle(event.target.value)} />
          <button type="submit" className="btn btn-small" disabled={title.trim() === ""}>
            Add section
          </button>
        </form>
      )}
    </section>
  );
}

function AssessmentItem({ section }: { section: AssessmentSection }) {
  const collab = useCollab();
  const [renaming, setRenaming] = useState<string | null>(null);
  if (!collab?.boardDoc) return null;
  const { boardDoc, author, readOnly } = collab;
  const next = NEXT[section.status];
  const previous = PREVIOUS[section.status];
  return (
    <li className="assessment" data-status={section.status} data-testid={`assessment-${section.id}`}>
      <div className="assessment-head">
        {renaming !== null ? (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (author && renaming.trim()) boardDoc.renameAssessment(section.id, renaming.trim(), author);
              setRenaming(null);
            }}
          >
            <input aria-label="Section title" value={renaming} maxLength={200} onChange={(event) => setRenaming(event.target.value)} autoFocus />
            <button type="submit" className="btn btn-small">
              Save
            </button>
            <button type="button" className="link-button" onClick={() => setRenaming(null)}>
              Cancel
            </button>
          </form>
        ) : (
          <h3>{section.title}</h3>
        )}
        <span className={`status-badge status-${section.status}`}>{section.status}</span>
      </div>
      <RichText fragment={section.body} label={`Section: ${section.title}`} testId={`assessment-body-${section.id}`} placeholder="Empty section." />
      <p className="assessment-meta muted small">
        by {section.author.name} · updated {new Date(section.updatedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
      </p>
      {readOnly || !author ? null : (
        <div className="assessment-actions">
          {previous ? (
            <button type="button" className="btn btn-small btn-quiet" onClick={() => boardDoc.setAssessmentStatus(section.id, previous, author)}>
              Back to {previous}
            </button>
          ) : null}
          {next ? (
            <button type="button" className="btn btn-small" onClick={() => boardDoc.setAssessmentStatus(section.id, next, author)}>
              Mark {next}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={() => setRenaming(section.title)}>
            Rename
          </button>
          <button
            type="button"
            className="link-button danger"
            onClick={() => {
              if (window.confirm(`Remove the section "${section.title}"? You can undo this with Ctrl+Z.`)) boardDoc.removeAssessment(section.id, author);
            }}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

