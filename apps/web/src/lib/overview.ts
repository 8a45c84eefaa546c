// What the overview shows, derived the same way on the server (to prefetch) and in the browser
// (to read the hydrated cache): the same inputs give the same query keys, so nothing refetches.
import type { RouterOutputs } from "~/trpc/types";

export type Investment = RouterOutputs["investments"]["list"]["items"][number];
export type RelationsEvent = RouterOutputs["relations"]["events"]["items"][number];

/** How many top-level commitments the overview lists (their sub-items are listed beneath them). */
export const LARGEST_COMMITMENTS = 10;
/** How many relations events the overview lists. */
export const LATEST_EVENTS = 8;

export interface CommitmentRow {
  item: Investment;
  /** 0 for a top-level commitment, 1 for its sub-item, 2 for a sub-item's sub-item… */
  depth: number;
}

const byEurDesc = (a: Investment, b: Investment) => b.amountEur - a.amountEur || a.id.localeCompare(b.id);

/**
 * The largest top-level commitments in EUR, each followed by its sub-items (largest first, nested),
 * so a sub-item is never read as money on top of its parent.
 */
export function largestCommitments(items: readonly Investment[], limit = LARGEST_COMMITMENTS): CommitmentRow[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string, Investment[]>();
  const roots: Investment[] = [];
  for (const item of items) {
    if (item.parentId !== null && ids.has(item.parentId)) {
      const siblings = children.get(item.parentId) ?? [];
      siblings.push(item);
      children.set(item.parentId, siblings);
    } else {
      roots.push(item);
    }
  }
  const rows: CommitmentRow[] = [];
  const visit = (item: Investment, depth: number) => {
    rows.push({ item, depth });
    for (const child of [...(children.get(item.id) ?? [])].sort(byEurDesc)) visit(child, depth + 1);
  };
  for (const root of [...roots].sort(byEurDesc).slice(0, limit)) visit(root, 0);
  return rows;
}

/** The most recent events first (by the last day their date can stand for); undated ones last. */
export function latestEvents(items: readonly RelationsEvent[], limit = LATEST_EVENTS): RelationsEvent[] {
  return [...items]
    .sort((a, b) => (b.dateLast ?? "").localeCompare(a.dateLast ?? "") || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** Every source the overview cites (commitments, their exchange rates, events), sorted, unique. */
export function citedSourceIds(rows: readonly CommitmentRow[], events: readonly RelationsEvent[]): string[] {
  const ids = new Set<string>();
  for (const { item } of rows) {
    for (const id of item.sourceIds) ids.add(id);
    if (item.fx) ids.add(item.fx.sourceId);
  }
  for (const event of events) for (const id of event.sourceIds) ids.add(id);
  return [...ids].sort();
}
