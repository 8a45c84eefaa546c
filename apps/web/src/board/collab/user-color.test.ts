import { describe, expect, it } from "vitest";
import { USER_COLORS, colorForUser } from "./user-color";

describe("colorForUser", () => {
  it("is stable and from the palette", () => {
    expect(colorForUser("user-1")).toBe(colorForUser("user-1"));
    expect(USER_COLORS).toContain(colorForUser("anything"));
    expect(colorForUser("x")).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("spreads users over the palette", () => {
    const used = new Set(Array.from({ length: 64 }, (_, i) => colorForUser(`user-${i}`)));
    expect(used.size).toBeGreaterThanOrEqual(6);
  });
});
