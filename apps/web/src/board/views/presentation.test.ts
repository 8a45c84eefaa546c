import { describe, expect, it } from "vitest";
import type { ViewState } from "@corridor/board-doc";
import { EMPTY_SELECTION } from "../selection";
import { parseViewState } from "@corridor/board-doc/view-state";
import { currentPresenter, readPresenters, reduceFollow, sameScenario, sameSelection, type FollowState } from "./presentation";

const view: ViewState = { camera: { lon: 60, lat: 45, zoom: 3, bearing: 0, pitch: 0 }, selection: EMPTY_SELECTION, scenario: { gulf_disruption: 30 } };
const user = (name: string) => ({ id: `u-${name}`, name, color: "#1c7ed6" });

describe("presenters from awareness", () => {
  it("reads well-formed presenters and ignores the rest", () => {
    const states = new Map<number, unknown>([
      [7, { user: user("Aigerim"), presentation: { since: 100, view } }],
      [8, { user: user("Erlan"), cursor: { lon: 1, lat: 2 } }],
      [9, { user: user("Dana"), presentation: { since: 50, view: { ...view, camera: { lon: 500 } } } }],
      [10, { presentation: { since: 10, view } }],
      [11, { user: user("Timur"), presentation: { since: "early", view } }],
      [12, null],
    ]);
    expect(readPresenters(states, parseViewState).map((p) => p.user.name)).toEqual(["Aigerim"]);
  });

  it("agrees on one presenter: the earliest start, then the lower client id, whatever the order read", () => {
    const entries = [
      { clientId: 30, user: user("A"), since: 200, view },
      { clientId: 20, user: user("B"), since: 100, view },
      { clientId: 10, user: user("C"), since: 100, view },
    ];
    expect(currentPresenter(entries)?.clientId).toBe(10);
    expect(currentPresenter([...entries].reverse())?.clientId).toBe(10);
    expect(currentPresenter([])).toBeNull();
  });
});

describe("following", () => {
  it("stops when the follower moves, offers a rejoin, and ends with the presentation", () => {
    let state: FollowState = "idle";
    state = reduceFollow(state, { type: "user-moved" });
    expect(state).toBe("idle");
    state = reduceFollow(state, { type: "follow" });
    expect(state).toBe("following");
    state = reduceFollow(state, { type: "user-moved" });
    expect(state).toBe("left");
    state = reduceFollow(state, { type: "follow" });
    expect(state).toBe("following");
    expect(reduceFollow(state, { type: "presenter-gone" })).toBe("ended");
    expect(reduceFollow("left", { type: "presenter-gone" })).toBe("ended");
    expect(reduceFollow("idle", { type: "presenter-gone" })).toBe("idle");
    expect(reduceFollow("following", { type: "self-presenting" })).toBe("idle");
  });

  it("compares selections by their URL form and scenarios key by key", () => {
    expect(sameSelection(EMPTY_SELECTION, { ...EMPTY_SELECTION, countries: [] })).toBe(true);
    expect(sameSelection(EMPTY_SELECTION, { ...EMPTY_SELECTION, corridor: "COR-01" })).toBe(false);
    expect(sameScenario({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameScenario({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
