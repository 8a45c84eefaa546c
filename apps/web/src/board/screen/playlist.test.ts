import { describe, expect, it } from "vitest";
import { commandForKey, stepPlaylist } from "./playlist";

describe("shared-screen playlist", () => {
  it("maps arrows, space, numbers, Home/End and P; other keys do nothing", () => {
    expect(commandForKey("ArrowRight")).toEqual({ type: "next" });
    expect(commandForKey(" ")).toEqual({ type: "next" });
    expect(commandForKey("ArrowLeft")).toEqual({ type: "previous" });
    expect(commandForKey("3")).toEqual({ type: "goto", index: 2 });
    expect(commandForKey("0")).toEqual({ type: "goto", index: 9 });
    expect(commandForKey("End")).toEqual({ type: "last" });
    expect(commandForKey("p")).toEqual({ type: "toggle-play" });
    expect(commandForKey("a")).toBeNull();
    expect(commandForKey("F5")).toBeNull();
  });

  it("steps with wrap-around and ignores numbers past the end", () => {
    expect(stepPlaylist(null, { type: "next" }, 3)).toBe(0);
    expect(stepPlaylist(null, { type: "previous" }, 3)).toBe(2);
    expect(stepPlaylist(2, { type: "next" }, 3)).toBe(0);
    expect(stepPlaylist(0, { type: "previous" }, 3)).toBe(2);
    expect(stepPlaylist(1, { type: "goto", index: 7 }, 3)).toBe(1);
    expect(stepPlaylist(1, { type: "goto", index: 2 }, 3)).toBe(2);
    expect(stepPlaylist(1, { type: "last" }, 3)).toBe(2);
    expect(stepPlaylist(null, { type: "next" }, 0)).toBeNull();
  });
});
