// Saved views: named board views (camera, filters, selection, open panel, scenario values) that
// every co-editor sees in the same order. Writes are validated (a bad name or view state is
// refused); reads skip malformed entries and drop scenario values no assumption accepts.
import * as Y from "yjs";
import type { AssumptionBounds } from "./board-doc.ts";
import { ROOT, authorSchema, viewNameSchema, type Author } from "./schema.ts";
import { BoardDocError, newId, parseOr } from "./validate.ts";
import { viewStateSchema, type ViewState } from "./view-state.ts";

export interface SavedView {
  id: string;
  name: string;
  state: ViewState;
  author: Author;
  createdAt: number;
  updatedAt: number;
}

/** A board keeps at most this many saved views (a list people pick from, not a log). */
export const MAX_SAVED_VIEWS = 100;

export class SavedViews {
  constructor(
    private readonly doc: Y.Doc,
    private readonly bounds: ReadonlyMap<string, AssumptionBounds>,
    private readonly now: () => number,
  ) {}

  get array() {
    return this.doc.getArray<Y.Map<unknown>>(ROOT.views);
  }

  /** Saves a view under a name, at the end of the list or at `index`; returns its id. */
  add(input: { name: string; state: ViewState }, author: Author, index?: number): string {
    const name = parseOr(viewNameSchema, input.name, "view name");
    const state = this.checkState(input.state);
    const who = parseOr(authorSchema, author, "author");
    if (this.array.length >= MAX_SAVED_VIEWS) throw new BoardDocError(`A board keeps at most ${MAX_SAVED_VIEWS} saved views`);
    const id = newId();
    this.doc.transact(() => {
      const at = index === undefined ? this.array.length : clampIndex(index, this.array.length);
      this.array.insert(at, [toYMap({ id, name, state, author: who, createdAt: this.now(), updatedAt: this.now() })]);
    }, who.id);
    return id;
  }

  /** The valid views in order; a malformed entry (an old or hostile client's) is skipped. */
  list(): SavedView[] {
    return this.array.toArray().flatMap((entry) => {
      const view = entry instanceof Y.Map ? this.read(entry) : null;
      return view ? [view] : [];
    });
  }

  rename(id: string, name: string, author: Author): void {
    const clean = parseOr(viewNameSchema, name, "view name");
    this.change(id, author, (entry) => entry.set("name", clean));
  }

  /** Replaces a view's state with another (typically the current one: "update this view"). */
  replaceState(id: string, state: ViewState, author: Author): void {
    const clean = this.checkState(state);
    this.change(id, author, (entry) => entry.set("state", clean));
  }

  move(id: string, toIndex: number, author: Author): void {
    const who = parseOr(authorSchema, author, "author");
    if (!Number.isInteger(toIndex)) throw new BoardDocError("A view moves to a whole-number position");
    const from = this.indexOf(id);
    // Yjs cannot move an element: the entry is re-created (plain values only) at its new place.
    this.doc.transact(() => {
      const entry = this.array.get(from);
      const copy = new Y.Map<unknown>();
      for (const [key, value] of entry.entries()) copy.set(key, value);
      this.array.delete(from, 1);
      this.array.insert(clampIndex(toIndex, this.array.length), [copy]);
    }, who.id);
  }

  remove(id: string, author: Author): void {
    const who = parseOr(authorSchema, author, "author");
    const index = this.indexOf(id);
    this.doc.transact(() => this.array.delete(index, 1), who.id);
  }

  private change(id: string, author: Author, apply: (entry: Y.Map<unknown>) => void): void {
    const who = parseOr(authorSchema, author, "author");
    const entry = this.array.get(this.indexOf(id));
    this.doc.transact(() => {
      apply(entry);
      entry.set("updatedAt", this.now());
    }, who.id);
  }

  private indexOf(id: string): number {
    const index = this.array.toArray().findIndex((entry) => entry instanceof Y.Map && entry.get("id") === id);
    if (index === -1) throw new BoardDocError(`No saved view "${id}"`);
    return index;
  }

  /** The schema, plus: every scenario value names a known assumption and lies in its range. */
  private checkState(state: unknown): ViewState {
    const clean = parseOr(viewStateSchema, state, "view state");
    for (const [key, value] of Object.entries(clean.scenario)) {
      const bounds = this.bounds.get(key);
      if (!bounds) throw new BoardDocError(`Invalid view state: unknown assumption "${key}"`);
      if (value < bounds.min || value > bounds.max) throw new BoardDocError(`Invalid view state: "${key}" must lie between ${bounds.min} and ${bounds.max}`);
    }
    return clean;
  }

  private read(entry: Y.Map<unknown>): SavedView | null {
    const id = entry.get("id");
    const name = viewNameSchema.safeParse(entry.get("name"));
    const state = viewStateSchema.safeParse(entry.get("state"));
    const author = authorSchema.safeParse(entry.get("author"));
    const createdAt = entry.get("createdAt");
    const updatedAt = entry.get("updatedAt");
    if (typeof id !== "string" || !name.success || !state.success || !author.success) return null;
    if (typeof createdAt !== "number" || typeof updatedAt !== "number") return null;
    const scenario = Object.fromEntries(
      Object.entries(state.data.scenario).filter(([key, value]) => {
        const bounds = this.bounds.get(key);
        return bounds !== undefined && value >= bounds.min && value <= bounds.max;
      }),
    );
    return { id, name: name.data, state: { ...state.data, scenario }, author: author.data, createdAt, updatedAt };
  }
}

function clampIndex(index: number, length: number): number {
  return Number.isFinite(index) ? Math.max(0, Math.min(Math.trunc(index), length)) : length;
}

function toYMap(values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) map.set(key, value);
  return map;
}
