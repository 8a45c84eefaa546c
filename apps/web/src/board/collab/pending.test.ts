import { describe, expect, it } from "vitest";
import { INITIAL_PENDING, reducePending, type PendingEvent } from "./pending";

const run = (events: PendingEvent[]) => events.reduce(reducePending, INITIAL_PENDING);

describe("reducePending", () => {
  it("counts local updates made before the first sync", () => {
    expect(run([{ type: "local-update" }, { type: "local-update" }])).toEqual({ synced: false, pending: 2 });
  });

  it("does not count updates made while in sync", () => {
    expect(run([{ type: "synced" }, { type: "local-update" }])).toEqual({ synced: true, pending: 0 });
  });

  it("counts edits made offline and clears them on the next sync", () => {
    const offline = run([{ type: "synced" }, { type: "unsynced" }, { type: "local-update" }, { type: "local-update" }, { type: "local-update" }]);
    expect(offline).toEqual({ synced: false, pending: 3 });
    expect(reducePending(offline, { type: "synced" })).toEqual({ synced: true, pending: 0 });
  });

  it("keeps the count across repeated disconnects", () => {
    expect(run([{ type: "local-update" }, { type: "unsynced" }, { type: "unsynced" }, { type: "local-update" }]).pending).toBe(2);
  });
});
