// Totals of investment commitments without double counting.
//
// The fact base nests commitments: an umbrella pledge (EU EUR 10 bn) contains sub-items (EIB MoUs,
// which contain per-country MoUs). Adding a parent and its sub-items would count the same money
// twice. The rules:
// 1. A total over a set of items counts an item only if none of its ancestors is in the same set.
// 2. A grouped summary applies rule 1 inside each group. A sub-item counted in one group while an
//    ancestor is counted in another group is reported as `nestedEur` of its group, so the overlap
//    between groups is visible instead of silently added.
// 3. An item that belongs to several groups (a loan to three countries) is counted whole in each and
//    reported as `sharedEur`; amounts are never split by guesswork.
// 4. The grand total applies rule 1 to the whole filtered set.
import type { Confidence } from "./vocabulary.ts";

export interface CommitmentItem {
  id: string;
  parentId: string | null;
  amountEur: number;
  confidence: Confidence;
  sourceIds: readonly string[];
}

export interface CommitmentGroup {
  key: string;
  totalEur: number;
  /** Items whose amounts make up totalEur. */
  countedIds: string[];
  /** Items of this group left out because an ancestor in the same group already contains them. */
  containedIds: string[];
  /** Part of totalEur that sits inside a commitment counted in another group of this summary. */
  nestedEur: number;
  /** Part of totalEur from items that also count in other groups (several countries, say). */
  sharedEur: number;
  /** The weakest confidence among the counted items. */
  confidence: Confidence;
  sourceIds: string[];
}

export interface CommitmentSummary {
  groups: CommitmentGroup[];
  /** Rule 4: the filtered set's total with every sub-item inside its counted ancestor. */
  totalEur: number;
  totalCountedIds: string[];
  totalConfidence: Confidence | null;
  totalSourceIds: string[];
}

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export function weakestConfidence(values: Iterable<Confidence>): Confidence | null {
  let weakest: Confidence | null = null;
  for (const value of values) {
    if (weakest === null || CONFIDENCE_RANK[value] < CONFIDENCE_RANK[weakest]) weakest = value;
  }
  return weakest;
}

/** Ancestors of an item, nearest first, looked up in the full item index (not just the filtered set). */
export function ancestorsOf(id: string, byId: ReadonlyMap<string, { parentId: string | null }>): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    chain.push(parentId);
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId ?? null;
  }
  return chain;
}

function countable<T extends CommitmentItem>(
  members: readonly T[],
  byId: ReadonlyMap<string, { parentId: string | null }>,
): { counted: T[]; contained: T[] } {
  const memberIds = new Set(members.map((item) => item.id));
  const counted: T[] = [];
  const contained: T[] = [];
  for (const item of members) {
    const insideMember = ancestorsOf(item.id, byId).some((ancestor) => memberIds.has(ancestor));
    (insideMember ? contained : counted).push(item);
  }
  return { counted, contained };
}

const sumEur = (items: readonly CommitmentItem[]) => items.reduce((total, item) => total + item.amountEur, 0);
const unionSources = (items: readonly CommitmentItem[]) => [...new Set(items.flatMap((item) => item.sourceIds))].sort();

export function summarizeCommitments<T extends CommitmentItem>(options: {
  /** The filtered items to total. */
  items: readonly T[];
  /** Every item of the fact base, for walking parent chains that leave the filtered set. */
  allItems: readonly { id: string; parentId: string | null }[];
  /** The group keys of an item (several for a multi-country item). */
  keysOf: (item: T) => readonly string[];
  /** Group order; groups not listed follow in descending total. */
  order?: readonly string[];
}): CommitmentSummary {
  const byId = new Map(options.allItems.map((item) => [item.id, item]));
  const filteredIds = new Set(options.items.map((item) => item.id));

  const members = new Map<string, T[]>();
  for (const item of options.items) {
    for (const key of new Set(options.keysOf(item))) {
      const list = members.get(key) ?? [];
      list.push(item);
      members.set(key, list);
    }
  }

  const groups: CommitmentGroup[] = [...members.entries()].map(([key, list]) => {
    const { counted, contained } = countable(list, byId);
    const nested = counted.filter((item) => ancestorsOf(item.id, byId).some((ancestor) => filteredIds.has(ancestor)));
    const shared = counted.filter((item) => new Set(options.keysOf(item)).size > 1);
    return {
      key,
      totalEur: sumEur(counted),
      countedIds: counted.map((item) => item.id),
      containedIds: contained.map((item) => item.id),
      nestedEur: sumEur(nested),
      sharedEur: sumEur(shared),
      confidence: weakestConfidence(counted.map((item) => item.confidence)) ?? "low",
      sourceIds: unionSources(counted),
    };
  });

  const order = options.order ?? [];
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  groups.sort((a, b) => rank(a.key) - rank(b.key) || b.totalEur - a.totalEur || a.key.localeCompare(b.key));

  const { counted: roots } = countable(options.items, byId);
  return {
    groups,
    totalEur: sumEur(roots),
    totalCountedIds: roots.map((item) => item.id),
    totalConfidence: weakestConfidence(roots.map((item) => item.confidence)),
    totalSourceIds: unionSources(roots),
  };
}
