"use client";
// Saved views in the side panel: the board's ordered list (the same for every co-editor, kept in
// the shared document), opened in one click; editors save the current view under a name, rename,
// reorder, update and delete. Viewers see and open the views, with the reason they cannot edit.
import { useState, type FormEvent } from "react";
import type { SavedView } from "@corridor/board-doc";
import { BoardDocError } from "@corridor/board-doc/errors";
import { useT } from "~/i18n/provider";
import { useCollab } from "../collab/collab-context";
import { useCurrentView, useShowView } from "./use-views";

export function SavedViewsCard() {
  const collab = useCollab();
  const t = useT();
  const capture = useCurrentView();
  const showView = useShowView();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const boardDoc = collab?.boardDoc ?? null;
  const views = boardDoc?.views.list() ?? [];
  const canEdit = !!boardDoc && !!collab?.author && !collab.readOnly;

  const run = (action: () => void) => {
    try {
      action();
      setError(null);
    } catch (caught) {
      setError(caught instanceof BoardDocError ? caught.message : t("views.saved.failed"));
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!boardDoc || !collab?.author) return;
    const author = collab.author;
    run(() => {
      const id = boardDoc.views.add({ name, state: capture() }, author);
      setOpenedId(id);
      setName("");
    });
  };

  const open = (view: SavedView) => {
    setOpenedId(view.id);
    showView(view.state, { source: "view", label: view.name });
  };

  return (
    <section className="saved-views" aria-labelledby="saved-views-title" data-testid="saved-views">
      <h2 id="saved-views-title">{t("views.saved.title")}</h2>
      {!boardDoc ? <p className="muted small">{t("views.saved.loading")}</p> : null}
      {boardDoc && views.length === 0 ? <p className="muted small">{t("views.saved.none")}</p> : null}
      {views.length > 0 ? (
        <ol className="saved-view-list">
          {views.map((view, index) => (
            <SavedViewRow
              key={view.id}
              view={view}
              index={index}
              count={views.length}
              opened={view.id === openedId}
              canEdit={canEdit}
              onOpen={() => open(view)}
              run={run}
            />
          ))}
        </ol>
      ) : null}
      {canEdit ? (
        <form className="save-view-form" onSubmit={save}>
          <label htmlFor="new-view-name">{t("views.saved.saveAs")}</label>
          <span className="save-view-row">
            <input id="new-view-name" value={name} maxLength={120} placeholder={t("views.saved.namePlaceholder")} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="btn btn-small btn-primary" disabled={name.trim() === ""}>
              {t("views.saved.save")}
            </button>
          </span>
        </form>
      ) : boardDoc && collab?.readOnly ? (
        <p className="readonly-note" role="note">
          {collab.author ? t("views.saved.readOnly") : t("views.saved.connecting")}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function SavedViewRow({
  view,
  index,
  count,
  opened,
  canEdit,
  onOpen,
  run,
}: {
  view: SavedView;
  index: number;
  count: number;
  opened: boolean;
  canEdit: boolean;
  onOpen: () => void;
  run: (action: () => void) => void;
}) {
  const collab = useCollab();
  const t = useT();
  const capture = useCurrentView();
  const [renaming, setRenaming] = useState<string | null>(null);
  const boardDoc = collab?.boardDoc;
  const author = collab?.author;
  const edit = (action: (doc: NonNullable<typeof boardDoc>, who: NonNullable<typeof author>) => void) => {
    if (boardDoc && author) run(() => action(boardDoc, author));
  };

  if (renaming !== null) {
    return (
      <li className="saved-view" data-view-name={view.name}>
        <form
          className="save-view-row"
          onSubmit={(event) => {
            event.preventDefault();
            edit((doc, who) => doc.views.rename(view.id, renaming, who));
            setRenaming(null);
          }}
        >
          <label className="visually-hidden" htmlFor={`rename-${view.id}`}>
            {t("views.saved.newName", { name: view.name })}
          </label>
          <input id={`rename-${view.id}`} value={renaming} maxLength={120} autoFocus onChange={(e) => setRenaming(e.target.value)} />
          <button type="submit" className="btn btn-small btn-primary" disabled={renaming.trim() === ""}>
            {t("views.saved.rename")}
          </button>
          <button type="button" className="link-button" onClick={() => setRenaming(null)}>
            {t("common.cancel")}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="saved-view" data-view-name={view.name} aria-current={opened ? "true" : undefined}>
      <button type="button" className="saved-view-open" onClick={onOpen} aria-label={t("views.saved.open", { name: view.name })} title={t("views.saved.openTitle", { name: view.name })}>
        <span className="saved-view-number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="saved-view-name">{view.name}</span>
      </button>
      <span className="saved-view-meta muted small">
        {t("views.saved.by", { name: view.author.name })}
        {Object.keys(view.state.scenario).length > 0 ? ` · ${t("views.saved.withScenario")}` : ""}
      </span>
      {canEdit ? (
        <span className="saved-view-actions">
          <button type="button" className="icon-button toggle" aria-label={t("views.saved.moveUp", { name: view.name })} disabled={index === 0} onClick={() => edit((doc, who) => doc.views.move(view.id, index - 1, who))}>
            ↑
          </button>
          <button
            type="button"
            className="icon-button toggle"
            aria-label={t("views.saved.moveDown", { name: view.name })}
            disabled={index === count - 1}
            onClick={() => edit((doc, who) => doc.views.move(view.id, index + 1, who))}
          >
            ↓
          </button>
          <button type="button" className="link-button" onClick={() => setRenaming(view.name)} aria-label={t("views.saved.renameLabel", { name: view.name })}>
            {t("views.saved.rename")}
          </button>
          <button type="button" className="link-button" onClick={() => edit((doc, who) => doc.views.replaceState(view.id, capture(), who))} aria-label={t("views.saved.updateLabel", { name: view.name })}>
            {t("views.saved.update")}
          </button>
          <button type="button" className="link-button danger" onClick={() => edit((doc, who) => doc.views.remove(view.id, who))} aria-label={t("views.saved.deleteLabel", { name: view.name })} title={t("views.saved.deleteTitle")}>
            {t("views.saved.delete")}
          </button>
        </span>
      ) : null}
    </li>
  );
}
