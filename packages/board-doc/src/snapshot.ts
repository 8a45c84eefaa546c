// Comparing a snapshot of a board document with the live one, and restoring a snapshot's content
// into the live board as new changes (history kept, undoable by the user who restored).
import * as Y from "yjs";
import { BoardDoc } from "./board-doc.ts";
import { authorSchema, type Author } from "./schema.ts";
import { fragmentText } from "./text.ts";

export interface BoardDocDiff {
  assumptions: { key: string; before: number | null; after: number | null }[];
  commentary: { changed: boolean; before: string; after: string };
  assessments: {
    added: { id: string; title: string }[];
    removed: { id: string; title: string }[];
    changed: { id: string; title: string; titleBefore: string; statusBefore: string; statusAfter: string; textBefore: string; textAfter: string }[];
  };
  annotations: {
    added: { id: string; text: string; author: string }[];
    removed: { id: string; text: string; author: string }[];
    changed: { id: string; text: string; resolvedBefore: boolean; resolvedAfter: boolean; repliesAdded: number }[];
  };
}

/** What changed from `before` (a snapshot) to `after` (now). */
export function diffBoardDocs(before: BoardDoc, after: BoardDoc): BoardDocDiff {
  const a = before.assumptions();
  const b = after.assumptions();
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const assumptions = keys.filter((k) => a[k] !== b[k]).map((key) => ({ key, before: a[key] ?? null, after: b[key] ?? null }));

  const commentaryBefore = fragmentText(before.commentary);
  const commentaryAfter = fragmentText(after.commentary);

  const sectionsBefore = new Map(before.assessments().map((s) => [s.id, s]));
  const sectionsAfter = new Map(after.assessments().map((s) => [s.id, s]));
  const added = [...sectionsAfter.values()].filter((s) => !sectionsBefore.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
  const removed = [...sectionsBefore.values()].filter((s) => !sectionsAfter.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
  const changed = [...sectionsAfter.values()].flatMap((s) => {
    const old = sectionsBefore.get(s.id);
    if (!old) return [];
    const textBefore = fragmentText(old.body);
    const textAfter = fragmentText(s.body);
    if (old.title === s.title && old.status === s.status && textBefore === textAfter) return [];
    return [{ id: s.id, title: s.title, titleBefore: old.title, statusBefore: old.status, statusAfter: s.status, textBefore, textAfter }];
  });

  const notesBefore = new Map(before.annotations().map((n) => [n.id, n]));
  const notesAfter = new Map(after.annotations().map((n) => [n.id, n]));
  const summary = (n: { id: string; text: string; author: Author }) => ({ id: n.id, text: n.text, author: n.author.name });
  return {
    assumptions,
    commentary: { changed: commentaryBefore !== commentaryAfter, before: commentaryBefore, after: commentaryAfter },
    assessments: { added, removed, changed },
    annotations: {
      added: [...notesAfter.values()].filter((n) => !notesBefore.has(n.id)).map(summary),
      removed: [...notesBefore.values()].filter((n) => !notesAfter.has(n.id)).map(summary),
      changed: [...notesAfter.values()].flatMap((n) => {
        const old = notesBefore.get(n.id);
        if (!old || (old.resolved === n.resolved && old.replies.length === n.replies.length)) return [];
        return [{ id: n.id, text: n.text, resolvedBefore: old.resolved, resolvedAfter: n.resolved, repliesAdded: n.replies.length - old.replies.length }];
      }),
    },
  };
}

/**
 * Brings the snapshot's content back into the live board as new changes in one transaction whose
 * origin is the author, so their undo manager can take the whole restore back. History is kept:
 * nothing is rewound, the snapshot's content is written over the current content.
 */
export function restoreSnapshot(live: BoardDoc, snapshot: BoardDoc, author: Author): void {
  const who = authorSchema.parse(author);
  const values = snapshot.assumptions();
  live.doc.transact(() => {
    for (const key of [...live.assumptionsMap.keys()]) if (!(key in values)) live.assumptionsMap.delete(key);
    for (const [key, value] of Object.entries(values)) {
      if (live.assumptionsMap.get(key) !== value) {
        live.assumptionsMap.set(key, value);
        live.assumptionLog.set(key, { by: who.id, name: who.name, at: Date.now() });
      }
    }
    live.commentary.delete(0, live.commentary.length);
    live.commentary.insert(0, snapshot.commentary.toArray().flatMap((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? [node.clone()] : [])));
    live.assessmentsArray.delete(0, live.assessmentsArray.length);
    live.assessmentsArray.insert(0, snapshot.assessmentsArray.toArray().map((section) => section.clone()));
    for (const key of [...live.annotationsMap.keys()]) live.annotationsMap.delete(key);
    for (const [key, note] of snapshot.annotationsMap.entries()) live.annotationsMap.set(key, note.clone());
  }, who.id);
}

/** A read-only BoardDoc over a stored document state (a snapshot, or the state read from the database). */
export function boardDocFromState(state: Uint8Array, assumptions: ConstructorParameters<typeof BoardDoc>[1]["assumptions"]): BoardDoc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return new BoardDoc(doc, { assumptions });
}
