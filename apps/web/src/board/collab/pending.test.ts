import { describe, expect, it } from "vitest";
import { INITIAL_PENDING, readStoredPending, reducePending, storePending, type PendingEvent } from "./pending";

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

describe("stored pending count", () => {
  const memory = () => {
    const values = new Map<string, string>();
    return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
  };

  it("carries edits made offline across a reload until the next sync", () => {
    const storage = memory();
    const offline = run([{ type: "local-update" }, { type: "local-update" }]);
    storePending(storage, "board-a", offline);
    const reloaded = readStoredPending(storage, "board-a");
    expect(reloaded).toEqual({ synced: false, pending: 2 });
    expect(reducePending(reloaded, { type: "local-update" })).toEqual({ synced: false, pending: 3 });
    storePending(storage, "board-a", reducePending(reloaded, { type: "synced" }));
    expect(readStoredPending(storage, "board-a")).toEqual({ synced: false, pending: 0 });
  });

  it("keeps boards apart and ignores what it cannot read", () => {
    const storage = memory();
    storePending(storage, "board-a", { synced: false, pending: 4 });
    expect(readStoredPending(storage, "board-b").pending).toBe(0);
    storage.setItem("corridor-board:pending:board-c", "not a number");
    expect(readStoredPending(storage, "board-c").pending).toBe(0);
    expect(readStoredPending(null, "board-a").pending).toBe(0);
    const broken = { getItem: () => { throw new Error("blocked"); }, setItem: () => { throw new Error("blocked"); } };
    expect(readStoredPending(broken, "board-a").pending).toBe(0);
    expect(() => storePending(broken, "board-a", { synced: false, pending: 1 })).not.toThrow();
  });
});
