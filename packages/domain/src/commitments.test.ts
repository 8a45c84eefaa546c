import { describe, expect, it } from "vitest";
import { summarizeCommitments, type CommitmentItem } from "./commitments.ts";

interface Item extends CommitmentItem {
  status: string;
  countries: string[];
}

const item = (id: string, parentId: string | null, amountEur: number, status: string, countries = ["KZ"]): Item => ({
  id,
  parentId,
  amountEur,
  status,
  countries,
  confidence: "high",
  sourceIds: [`S-${id}`],
});

// Shaped like the fact base: an umbrella pledge with MoU sub-items that have their own sub-items.
const umbrella = item("U", null, 10_000, "pledged", ["Region"]);
const pledgeChild = item("P", "U", 1_500, "pledged", ["Region"]);
const mou = item("M", "U", 1_470, "MoU", ["KZ", "KG", "UZ"]);
const mouKz = item("M-KZ", "M", 320, "MoU", ["KZ"]);
const mouKg = item("M-KG", "M", 150, "MoU", ["KG"]);
const other = item("X", null, 100, "signed", ["TJ"]);
const all = [umbrella, pledgeChild, mou, mouKz, mouKg, other];

describe("summarizeCommitments", () => {
  it("never adds a parent and its sub-items into one total", () => {
    const summary = summarizeCommitments({ items: all, allItems: all, keysOf: () => ["all"] });
    expect(summary.totalEur).toBe(10_100);
    expect(summary.totalCountedIds).toEqual(["U", "X"]);
    expect(summary.groups[0]?.totalEur).toBe(10_100);
    expect(summary.groups[0]?.containedIds.sort()).toEqual(["M", "M-KG", "M-KZ", "P"]);
  });

  it("counts sub-items once inside a group and reports what is nested in another group", () => {
    const summary = summarizeCommitments({ items: all, allItems: all, keysOf: (i) => [i.status] });
    const byKey = Object.fromEntries(summary.groups.map((g) => [g.key, g]));
    expect(byKey.pledged?.totalEur).toBe(10_000);
    expect(byKey.pledged?.containedIds).toEqual(["P"]);
    // The MoU group counts M (which contains M-KZ and M-KG) and says all of it sits inside U.
    expect(byKey.MoU?.totalEur).toBe(1_470);
    expect(byKey.MoU?.countedIds).toEqual(["M"]);
    expect(byKey.MoU?.nestedEur).toBe(1_470);
    expect(byKey.signed?.nestedEur).toBe(0);
    // The grand total is still the roots only.
    expect(summary.totalEur).toBe(10_100);
  });

  it("walks parent chains through items the filter removed", () => {
    // Only the grandchildren and the child pass the filter: the child contains both.
    const filtered = [mou, mouKz, mouKg];
    const summary = summarizeCommitments({ items: filtered, allItems: all, keysOf: () => ["x"] });
    expect(summary.totalEur).toBe(1_470);
    // Grandchildren alone (their parent filtered out) are separate commitments and add up.
    const leaves = summarizeCommitments({ items: [mouKz, mouKg], allItems: all, keysOf: () => ["x"] });
    expect(leaves.totalEur).toBe(470);
    expect(leaves.groups[0]?.nestedEur).toBe(0);
  });

  it("counts a multi-country item whole in each country and marks it shared", () => {
    const summary = summarizeCommitments({ items: [mou, mouKz, mouKg], allItems: all, keysOf: (i) => i.countries });
    const byKey = Object.fromEntries(summary.groups.map((g) => [g.key, g]));
    expect(byKey.KZ?.totalEur).toBe(1_470);
    expect(byKey.KZ?.containedIds).toEqual(["M-KZ"]);
    expect(byKey.KZ?.sharedEur).toBe(1_470);
    expect(byKey.UZ?.totalEur).toBe(1_470);
    expect(summary.totalEur).toBe(1_470);
  });

  it("orders groups by the given order, then by total", () => {
    const summary = summarizeCommitments({
      items: all,
      allItems: all,
      keysOf: (i) => [i.status],
      order: ["signed", "MoU"],
    });
    expect(summary.groups.map((g) => g.key)).toEqual(["signed", "MoU", "pledged"]);
  });

  it("reports the weakest confidence and the union of sources of what it counted", () => {
    const weak = { ...other, id: "W", confidence: "low" as const, sourceIds: ["S-W"] };
    const summary = summarizeCommitments({ items: [other, weak], allItems: [...all, weak], keysOf: () => ["x"] });
    expect(summary.groups[0]?.confidence).toBe("low");
    expect(summary.totalSourceIds).toEqual(["S-W", "S-X"]);
  });

  it("survives a cycle in parent links instead of looping forever", () => {
    const a = item("A", "B", 1, "pledged");
    const b = item("B", "A", 2, "pledged");
    const summary = summarizeCommitments({ items: [a, b], allItems: [a, b], keysOf: () => ["x"] });
    expect(summary.totalEur).toBe(0);
  });
});
