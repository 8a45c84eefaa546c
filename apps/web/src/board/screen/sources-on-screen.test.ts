import { describe, expect, it } from "vitest";
import { groupByPublisher } from "./sources-on-screen";

describe("sources on the shared screen", () => {
  it("groups cited sources by publisher with their years, the most cited first, and names unknown ids", () => {
    const sources = new Map([
      ["S1", { publisher: "EBRD", year: 2023 }],
      ["S2", { publisher: "ADB", year: 2021 }],
      ["S3", { publisher: "EBRD", year: 2021 }],
      ["S4", { publisher: "EBRD", year: 2023 }],
    ]);
    expect(groupByPublisher(["S1", "S2", "S3", "S4", "S9"], sources)).toEqual([
      { publisher: "EBRD", years: ["2021", "2023"], ids: ["S1", "S3", "S4"] },
      { publisher: "ADB", years: ["2021"], ids: ["S2"] },
      { publisher: "Source S9", years: [], ids: ["S9"] },
    ]);
  });
});
