"use client";
// The board's shared writing: the commentary and the assessment sections (title, rich-text body,
// status draft → reviewed → final one step at a time), edited together live.
import { useState } from "react";
import type { AssessmentSection, AssessmentStatus } from "@corridor/board-doc";
import { intlTag } from "~/i18n/locale";
import { useT } from "~/i18n/provider";
import { useCollab } from "../collab/collab-context";
import { RichText } from "./rich-text";

export function CommentaryCard() {
  const collab = useCollab();
  const t = useT();
  return (
    <section className="coedit-card" aria-labelledby="commentary-title">
      <div className="coedit-card-head">
        <h2 id="commentary-title">{t("coedit.commentary.title")}</h2>
        <p className="chart-note">{t("coedit.commentary.note")}</p>
      </div>
      {collab?.boardDoc ? (
        <RichText fragment={collab.boardDoc.commentary} label={t("coedit.commentary.title")} testId="commentary-editor" placeholder={t("coedit.commentary.empty")} />
      ) : (
        <p className="muted">{t("coedit.commentary.loading")}</p>
      )}
    </section>
  );
}

const NEXT: Record<AssessmentStatus, Exclude<AssessmentStatus, "draft"> | null> = { draft: "reviewed", reviewed: "final", final: null };
const PREVIOUS: Record<AssessmentStatus, Exclude<AssessmentStatus, "final"> | null> = { draft: null, reviewed: "draft", final: "reviewed" };

export function AssessmentsCard() {
  const collab = useCollab();
  const t = useT();
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
        <h2 id="assessments-title">{t("coedit.assessment.title")}</h2>
        <p className="chart-note">{t("coedit.assessment.note")}</p>
      </div>
      {sections.length === 0 ? <p className="muted">{t("coedit.assessment.none")}</p> : null}
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
            {t("coedit.assessment.newTitle")}
          </label>
          <input id="new-section-title" value={title} maxLength={200} placeholder={t("coedit.assessment.newTitle")} onChange={(event) => setTitle(event.target.value)} />
          <button type="submit" className="btn btn-small" disabled={title.trim() === ""}>
            {t("coedit.assessment.add")}
          </button>
        </form>
      )}
    </section>
  );
}

function AssessmentItem({ section }: { section: AssessmentSection }) {
  const collab = useCollab();
  const t = useT();
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
            <input aria-label={t("coedit.assessment.sectionTitle")} value={renaming} maxLength={200} onChange={(event) => setRenaming(event.target.value)} autoFocus />
            <button type="submit" className="btn btn-small">
              {t("common.save")}
            </button>
            <button type="button" className="link-button" onClick={() => setRenaming(null)}>
              {t("common.cancel")}
            </button>
          </form>
        ) : (
          <h3>{section.title}</h3>
        )}
        <span className={`status-badge status-${section.status}`}>{t(`coedit.assessment.status.${section.status}`)}</span>
      </div>
      <RichText fragment={section.body} label={t("coedit.assessment.sectionLabel", { title: section.title })} testId={`assessment-body-${section.id}`} placeholder={t("coedit.assessment.empty")} />
      <p className="assessment-meta muted small">
        {t("coedit.assessment.meta", {
          name: section.author.name,
          when: new Date(section.updatedAt).toLocaleString(intlTag(t.locale), { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      {readOnly || !author ? null : (
        <div className="assessment-actions">
          {previous ? (
            <button type="button" className="btn btn-small btn-quiet" onClick={() => boardDoc.setAssessmentStatus(section.id, previous, author)}>
              {t(`coedit.assessment.backTo.${previous}`)}
            </button>
          ) : null}
          {next ? (
            <button type="button" className="btn btn-small" onClick={() => boardDoc.setAssessmentStatus(section.id, next, author)}>
              {t(`coedit.assessment.mark.${next}`)}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={() => setRenaming(section.title)}>
            {t("coedit.assessment.rename")}
          </button>
          <button
            type="button"
            className="link-button danger"
            onClick={() => {
              if (window.confirm(t("coedit.assessment.confirmRemove", { title: section.title }))) boardDoc.removeAssessment(section.id, author);
            }}
          >
            {t("coedit.assessment.remove")}
          </button>
        </div>
      )}
    </li>
  );
}

