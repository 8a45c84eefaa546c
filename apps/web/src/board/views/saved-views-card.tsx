"use client";
// Saved views in the side panel: the board's ordered list (the same for every co-editor, kept in
// the shared document), opened in one click; editors save the current view under a name, rename,
// reorder, update and delete. Viewers see and open the views, with the reason they cannot edit.
import { useState, type FormEvent } from "react";
import type { SavedView } from "@corridor/board-doc";
import { BoardDocError } from "@corridor/board-doc/errors";
import { useCollab } from "../collab/collab-context";
import { useCurrentView, useShowView } from "./use-views";

export function SavedViewsCard() {
  const collab = useCollab();
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
      setError(caught instanceof BoardDocError ? caught.message : "The view could not be changed.");
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
      <h2 id="saved-views-title">Saved views</h2>
      {!boardDoc ? <p className="muted small">Loading the board&apos;s views…</p> : null}
      {boardDoc && views.length === 0 ? <p className="muted small">No saved views yet. A view keeps the map, filters, selection, panel and scenario shown.</p> : null}
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
          <label htmlFor="new-view-name">Save the current view as</label>
          <span className="save-view-row">
            <input id="new-view-name" value={name} maxLength={120} placeholder="e.g. Middle Corridor, EU money" onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="btn btn-small btn-primary" disabled={name.trim() === ""}>
              Save view
            </button>
          </span>
        </form>
      ) : boardDoc && collab?.readOnly ? (
        <p className="readonly-note" role="note">
          {collab.author ? "Open any view here; only the board's editors and owners save, rename, reorder or delete views." : "Connecting: saving views starts once the server confirms your access."}
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
            New name for {view.name}
          </label>
          <input id={`rename-${view.id}`} value={renaming} maxLength={120} autoFocus onChange={(e) => setRenaming(e.target.value)} />
          <button type="submit" className="btn btn-small btn-primary" disabled={renaming.trim() === ""}>
            Rename
          </button>
          <button type="button" className="link-button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="saved-view" data-view-name={view.name} aria-current={opened ? "true" : undefined}>
      <button type="button" className="saved-view-open" onClick={onOpen} aria-label={`Open ${view.name}`} title={`Open “${view.name}”: map, filters, selection, panel and scenario`}>
        <span className="saved-view-number" aria-hidden="true">
          {index + 1}
        </span>
        <span className="saved-view-name">{view.name}</span>
      </button>
      <span className="saved-view-meta muted small">
        by {view.author.name}
        {Object.keys(view.state.scenario).length > 0 ? " · with scenario" : ""}
      </span>
      {canEdit ? (
        <span className="saved-view-actions">
          <button type="button" className="icon-button toggle" aria-label={`Move ${view.name} up`} disabled={index === 0} onClick={() => edit((doc, who) => doc.views.move(view.id, index - 1, who))}>
            ↑
          </button>
          <button
            type="button"
            className="icon-button toggle"
            aria-label={`Move ${view.name} down`}
            disabled={index === count - 1}
            onClick={() => edit((doc, who) => doc.views.move(view.id, index + 1, who))}
          >
            ↓
          </button>
          <button type="button" className="link-button" onClick={() => setRenaming(view.name)} aria-label={`Rename ${view.name}`}>
            Rename
          </button>
          <button type="button" className="link-button" onClick={() => edit((doc, who) => doc.views.replaceState(view.id, capture(), who))} aria-label={`Update ${view.name} to the current view`}>
            Update
          </button>
          <button type="button" className="link-button danger" onClick={() => edit((doc, who) => doc.views.remove(view.id, who))} aria-label={`Delete ${view.name}`} title="Delete (Ctrl+Z undoes)">
            Delete
          </button>
        </span>
      ) : null}
    </li>
  );
}
