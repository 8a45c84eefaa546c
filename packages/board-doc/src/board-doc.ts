// Typed accessors over a board's Y.Doc. Writes are validated (a bad value is refused with an
// error, never stored); reads are defensive (a malformed value written by an old or hostile client
// is skipped, never returned). Every write records who made it, for "who changed what last" and
// for per-user undo (the UndoManager tracks the origin `author.id`).
import * as Y from "yjs";
import {
  ASSESSMENT_STATUS,
  ROOT,
  annotationTargetSchema,
  assessmentStatusSchema,
  authorSchema,
  colorSchema,
  noteTextSchema,
  type AnnotationTarget,
  type AssessmentStatus,
  type Author,
} from "./schema.ts";
import { SavedViews } from "./saved-views.ts";
import { BoardDocError, newId, parseOr } from "./validate.ts";

export { BoardDocError };

export interface AssumptionBounds {
  key: string;
  min: number;
  max: number;
}

export interface AssumptionEdit {
  by: string;
  name: string;
  at: number;
}

export interface AssessmentSection {
  id: string;
  title: string;
  body: Y.XmlFragment;
  status: AssessmentStatus;
  author: Author;
  createdAt: number;
  updatedAt: number;
}

export interface AnnotationReply {
  id: string;
  author: Author;
  text: string;
  at: number;
}

export interface Annotation {
  id: string;
  target: AnnotationTarget;
  author: Author;
  color: string;
  text: string;
  createdAt: number;
  resolved: boolean;
  replies: AnnotationReply[];
}

export class BoardDoc {
  readonly doc: Y.Doc;
  private readonly bounds: Map<string, AssumptionBounds>;
  private readonly now: () => number;

  /** The saved views (named board views in the board's order). */
  readonly views: SavedViews;

  constructor(doc: Y.Doc, options: { assumptions: readonly AssumptionBounds[]; now?: () => number }) {
    this.doc = doc;
    this.bounds = new Map(options.assumptions.map((a) => [a.key, a]));
    this.now = options.now ?? Date.now;
    this.views = new SavedViews(doc, this.bounds, this.now);
  }

  get meta() {
    return this.doc.getMap<unknown>(ROOT.meta);
  }
  get assumptionsMap() {
    return this.doc.getMap<unknown>(ROOT.assumptions);
  }
  get assumptionLog() {
    return this.doc.getMap<unknown>(ROOT.assumptionLog);
  }
  get commentary() {
    return this.doc.getXmlFragment(ROOT.commentary);
  }
  get assessmentsArray() {
    return this.doc.getArray<Y.Map<unknown>>(ROOT.assessments);
  }
  get annotationsMap() {
    return this.doc.getMap<Y.Map<unknown>>(ROOT.annotations);
  }

  // ---------- assumptions ----------

  /** Sets an assumption; refuses unknown keys, non-numbers and values outside the definition's range. */
  setAssumption(key: string, value: unknown, author: Author): void {
    const bounds = this.bounds.get(key);
    if (!bounds) throw new BoardDocError(`Unknown assumption "${key}"`);
    if (typeof value !== "number" || !Number.isFinite(value)) throw new BoardDocError(`Assumption "${key}" must be a number`);
    if (value < bounds.min || value > bounds.max) throw new BoardDocError(`Assumption "${key}" must lie between ${bounds.min} and ${bounds.max}`);
    const who = parseOr(authorSchema, author, "author");
    this.doc.transact(() => {
      this.assumptionsMap.set(key, value);
      this.assumptionLog.set(key, { by: who.id, name: who.name, at: this.now() });
    }, who.id);
  }

  /** Removes a scenario value so the default applies again. */
  resetAssumption(key: string, author: Author): void {
    if (!this.bounds.has(key)) throw new BoardDocError(`Unknown assumption "${key}"`);
    const who = parseOr(authorSchema, author, "author");
    this.doc.transact(() => {
      this.assumptionsMap.delete(key);
      this.assumptionLog.set(key, { by: who.id, name: who.name, at: this.now() });
    }, who.id);
  }

  /** The valid values only: a value out of range or of the wrong type is ignored (the default stands). */
  assumptions(): Record<string, number> {
    const values: Record<string, number> = {};
    for (const [key, value] of this.assumptionsMap.entries()) {
      const bounds = this.bounds.get(key);
      if (bounds && typeof value === "number" && Number.isFinite(value) && value >= bounds.min && value <= bounds.max) values[key] = value;
    }
    return values;
  }

  lastAssumptionEdit(key: string): AssumptionEdit | null {
    const raw = this.assumptionLog.get(key);
    if (typeof raw !== "object" || raw === null) return null;
    const { by, name, at } = raw as Record<string, unknown>;
    return typeof by === "string" && typeof name === "string" && typeof at === "number" ? { by, name, at } : null;
  }

  // ---------- assessments ----------

  addAssessment(title: string, author: Author, index?: number): string {
    const who = parseOr(authorSchema, author, "author");
    const cleanTitle = parseOr(noteTextSchema.max(200), title, "section title");
    const id = newId();
    this.doc.transact(() => {
      const section = new Y.Map<unknown>();
      const now = this.now();
      section.set("id", id);
      section.set("title", cleanTitle);
      section.set("body", new Y.XmlFragment());
      section.set("status", "draft");
      section.set("author", who);
      section.set("createdAt", now);
      section.set("updatedAt", now);
      const at = index === undefined ? this.assessmentsArray.length : Math.max(0, Math.min(index, this.assessmentsArray.length));
      this.assessmentsArray.insert(at, [section]);
    }, who.id);
    return id;
  }

  assessments(): AssessmentSection[] {
    return this.assessmentsArray.toArray().flatMap((section) => {
      if (!(section instanceof Y.Map)) return [];
      const id = section.get("id");
      const title = section.get("title");
      const body = section.get("body");
      const status = assessmentStatusSchema.safeParse(section.get("status"));
      const author = authorSchema.safeParse(section.get("author"));
      const createdAt = section.get("createdAt");
      const updatedAt = section.get("updatedAt");
      if (typeof id !== "string" || typeof title !== "string" || !(body instanceof Y.XmlFragment) || !status.success || !author.success) return [];
      if (typeof createdAt !== "number" || typeof updatedAt !== "number") return [];
      return [{ id, title, body, status: status.data, author: author.data, createdAt, updatedAt }];
    });
  }

  private section(id: string): Y.Map<unknown> {
    const found = this.assessmentsArray.toArray().find((s) => s instanceof Y.Map && s.get("id") === id);
    if (!found) throw new BoardDocError(`No assessment section "${id}"`);
    return found;
  }

  /** Status moves draft → reviewed → final, or back one step (a reviewer's "needs changes"). */
  setAssessmentStatus(id: string, status: AssessmentStatus, author: Author): void {
    const next = parseOr(assessmentStatusSchema, status, "status");
    const section = this.section(id);
    const current = assessmentStatusSchema.safeParse(section.get("status"));
    const from = current.success ? ASSESSMENT_STATUS.indexOf(current.data) : 0;
    const to = ASSESSMENT_STATUS.indexOf(next);
    if (Math.abs(to - from) > 1) throw new BoardDocError(`A section moves one step at a time (${ASSESSMENT_STATUS.join(" → ")})`);
    const who = parseOr(authorSchema, author, "author");
    this.doc.transact(() => {
      section.set("status", next);
      section.set("updatedAt", this.now());
    }, who.id);
  }

  renameAssessment(id: string, title: string, author: Author): void {
    const clean = parseOr(noteTextSchema.max(200), title, "section title");
    const who = parseOr(authorSchema, author, "author");
    const section = this.section(id);
    this.doc.transact(() => {
      section.set("title", clean);
      section.set("updatedAt", this.now());
    }, who.id);
  }

  moveAssessment(id: string, toIndex: number, author: Author): void {
    const who = parseOr(authorSchema, author, "author");
    const from = this.assessmentsArray.toArray().findIndex((s) => s instanceof Y.Map && s.get("id") === id);
    if (from === -1) throw new BoardDocError(`No assessment section "${id}"`);
    // Yjs cannot move a shared type: the section is re-created with a copy of its body at the new place.
    this.doc.transact(() => {
      const old = this.section(id);
      const copy = new Y.Map<unknown>();
      for (const [key, value] of old.entries()) {
        copy.set(key, value instanceof Y.XmlFragment ? cloneFragment(value) : value);
      }
      this.assessmentsArray.delete(from, 1);
      const at = Math.max(0, Math.min(toIndex, this.assessmentsArray.length));
      this.assessmentsArray.insert(at, [copy]);
    }, who.id);
  }

  removeAssessment(id: string, author: Author): void {
    const who = parseOr(authorSchema, author, "author");
    const index = this.assessmentsArray.toArray().findIndex((s) => s instanceof Y.Map && s.get("id") === id);
    if (index === -1) throw new BoardDocError(`No assessment section "${id}"`);
    this.doc.transact(() => this.assessmentsArray.delete(index, 1), who.id);
  }

  // ---------- annotations ----------

  addAnnotation(input: { target: AnnotationTarget; text: string; color: string }, author: Author): string {
    const target = parseOr(annotationTargetSchema, input.target, "annotation target");
    const text = parseOr(noteTextSchema, input.text, "note text");
    const color = parseOr(colorSchema, input.color, "colour");
    const who = parseOr(authorSchema, author, "author");
    const id = newId();
    this.doc.transact(() => {
      const note = new Y.Map<unknown>();
      note.set("id", id);
      note.set("target", target);
      note.set("author", who);
      note.set("color", color);
      note.set("text", text);
      note.set("createdAt", this.now());
      note.set("resolved", false);
      note.set("replies", new Y.Array<unknown>());
      this.annotationsMap.set(id, note);
    }, who.id);
    return id;
  }

  private note(id: string): Y.Map<unknown> {
    const note = this.annotationsMap.get(id);
    if (!(note instanceof Y.Map)) throw new BoardDocError(`No annotation "${id}"`);
    return note;
  }

  replyToAnnotation(id: string, text: string, author: Author): string {
    const clean = parseOr(noteTextSchema, text, "reply text");
    const who = parseOr(authorSchema, author, "author");
    const replies = this.note(id).get("replies");
    if (!(replies instanceof Y.Array)) throw new BoardDocError(`Annotation "${id}" has no reply thread`);
    const replyId = newId();
    this.doc.transact(() => replies.push([{ id: replyId, author: who, text: clean, at: this.now() }]), who.id);
    return replyId;
  }

  setAnnotationResolved(id: string, resolved: boolean, author: Author): void {
    const who = parseOr(authorSchema, author, "author");
    const note = this.note(id);
    this.doc.transact(() => note.set("resolved", resolved), who.id);
  }

  removeAnnotation(id: string, author: Author): void {
    const who = parseOr(authorSchema, author, "author");
    this.note(id);
    this.doc.transact(() => this.annotationsMap.delete(id), who.id);
  }

  annotations(): Annotation[] {
    const list: Annotation[] = [];
    for (const note of this.annotationsMap.values()) {
      if (!(note instanceof Y.Map)) continue;
      const target = annotationTargetSchema.safeParse(note.get("target"));
      const author = authorSchema.safeParse(note.get("author"));
      const id = note.get("id");
      const text = note.get("text");
      const color = note.get("color");
      const createdAt = note.get("createdAt");
      const resolved = note.get("resolved");
      const replies = note.get("replies");
      if (!target.success || !author.success || typeof id !== "string" || typeof text !== "string" || typeof color !== "string") continue;
      if (typeof createdAt !== "number" || typeof resolved !== "boolean") continue;
      list.push({
        id,
        target: target.data,
        author: author.data,
        color,
        text,
        createdAt,
        resolved,
        replies: replies instanceof Y.Array ? replies.toArray().flatMap((r) => (isReply(r) ? [r] : [])) : [],
      });
    }
    return list.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  // ---------- undo ----------

  /** An undo manager that tracks only this user's changes (their transactions' origin). */
  undoManagerFor(userId: string): Y.UndoManager {
    return new Y.UndoManager(
      [this.assumptionsMap, this.assumptionLog, this.commentary, this.assessmentsArray, this.annotationsMap, this.views.array],
      { trackedOrigins: new Set([userId]), captureTimeout: 500 },
    );
  }
}

function isReply(value: unknown): value is AnnotationReply {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.id === "string" && typeof r.text === "string" && typeof r.at === "number" && authorSchema.safeParse(r.author).success;
}

function cloneFragment(fragment: Y.XmlFragment): Y.XmlFragment {
  return fragment.clone();
}
