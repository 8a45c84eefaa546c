import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BoardDocError } from "./board-doc.ts";
import { aigerim, erlan, pair } from "./test-fixtures.ts";
import { MIGRATIONS, migrateBoardDoc } from "./migrations.ts";
import { ROOT, SCHEMA_VERSION } from "./schema.ts";
import { parseViewState, sameCamera, viewStateSchema, type ViewState } from "./view-state.ts";


const middleCorridor: ViewState = {
  camera: { lon: 51.2, lat: 43.6, zoom: 4.5, bearing: 0, pitch: 0 },
  selection: {
    corridor: "COR-01",
    countries: ["Kazakhstan"],
    actors: ["EU"],
    statuses: ["signed"],
    event: null,
    from: 2018,
    to: 2025,
    context: true,
    indicator: "titr_cargo_volume",
    panel: { kind: "corridor", id: "COR-01" },
  },
  scenario: { gulf_disruption: 30 },
};

describe("saved views", () => {
  it("saves, renames, reorders, updates and deletes views that every replica sees in the same order", () => {
    const { a, b } = pair();
    const first = a.views.add({ name: "Middle Corridor", state: middleCorridor }, aigerim);
    const second = b.views.add({ name: "  EU money  ", state: { ...middleCorridor, camera: null, scenario: {} } }, erlan);
    const third = a.views.add({ name: "Opening", state: middleCorridor }, aigerim, 0);
    expect(b.views.list().map((v) => v.name)).toEqual(["Opening", "Middle Corridor", "EU money"]);
    expect(b.views.list()[1]).toMatchObject({ id: first, state: middleCorridor, author: aigerim });

    b.views.rename(first, "Middle Corridor 2025", erlan);
    a.views.move(second, 0, aigerim);
    expect(b.views.list().map((v) => v.id)).toEqual([second, third, first]);
    expect(a.views.list()[2]?.name).toBe("Middle Corridor 2025");

    const moved = { ...middleCorridor, camera: { lon: 70, lat: 45, zoom: 3, bearing: 0, pitch: 0 } };
    b.views.replaceState(first, moved, erlan);
    const updated = a.views.list().find((v) => v.id === first);
    expect(updated?.state.camera).toEqual(moved.camera);
    expect(updated && updated.updatedAt > updated.createdAt).toBe(true);

    a.views.remove(third, aigerim);
    expect(b.views.list().map((v) => v.id)).toEqual([second, first]);
    expect(() => a.views.remove(third, aigerim)).toThrow(/No saved view/);
  });

  it("refuses bad names, bad view states and scenario values no assumption accepts", () => {
    const { a } = pair();
    expect(() => a.views.add({ name: "   ", state: middleCorridor }, aigerim)).toThrow(BoardDocError);
    expect(() => a.views.add({ name: "x".repeat(121), state: middleCorridor }, aigerim)).toThrow(BoardDocError);
    const badCamera = { ...middleCorridor, camera: { lon: 200, lat: 0, zoom: 3, bearing: 0, pitch: 0 } };
    expect(() => a.views.add({ name: "Bad", state: badCamera }, aigerim)).toThrow(/view state/);
    const backwards = { ...middleCorridor, selection: { ...middleCorridor.selection, from: 2025, to: 2018 } };
    expect(() => a.views.add({ name: "Bad", state: backwards }, aigerim)).toThrow(/time range/);
    expect(() => a.views.add({ name: "Bad", state: { ...middleCorridor, scenario: { gulf_disruption: 95 } } }, aigerim)).toThrow(/between 0 and 80/);
    expect(() => a.views.add({ name: "Bad", state: { ...middleCorridor, scenario: { made_up: 1 } } }, aigerim)).toThrow(/unknown assumption/);
    const extraKey = { ...middleCorridor, selection: { ...middleCorridor.selection, script: "<x>" } };
    expect(() => a.views.add({ name: "Bad", state: extraKey as ViewState }, aigerim)).toThrow(BoardDocError);
    const id = a.views.add({ name: "Good", state: middleCorridor }, aigerim);
    expect(() => a.views.rename(id, "", aigerim)).toThrow(BoardDocError);
    expect(() => a.views.move(id, Number.NaN, aigerim)).toThrow(BoardDocError);
    expect(a.views.list().map((v) => v.name)).toEqual(["Good"]);
  });

  it("skips malformed entries written around the accessor and drops out-of-range scenario values on read", () => {
    const { a, b } = pair();
    const junk = new Y.Map<unknown>();
    junk.set("id", "junk");
    junk.set("name", "Junk");
    junk.set("state", { camera: "here" });
    a.views.array.push([junk]);
    const id = a.views.add({ name: "Fine", state: middleCorridor }, aigerim);
    // An old client (or a hostile one) writes a value the assumptions no longer accept.
    const entry = a.views.array.toArray().find((e) => e.get("id") === id);
    entry?.set("state", { ...middleCorridor, scenario: { gulf_disruption: 500, eu_pledge_realisation: 40 } });
    expect(b.views.list().map((v) => v.id)).toEqual([id]);
    expect(b.views.list()[0]?.state.scenario).toEqual({ eu_pledge_realisation: 40 });
  });

  it("is undone per user: undoing my saved view leaves a colleague's", () => {
    const { a, b } = pair();
    const undo = a.undoManagerFor(aigerim.id);
    a.views.add({ name: "Mine", state: middleCorridor }, aigerim);
    undo.stopCapturing();
    b.views.add({ name: "Erlan's", state: middleCorridor }, erlan);
    undo.undo();
    expect(b.views.list().map((v) => v.name)).toEqual(["Erlan's"]);
  });

  it("comes with schema version 2: the migration from 1 adds the views list", () => {
    expect(SCHEMA_VERSION).toBe(2);
    const v1 = new Y.Doc();
    migrateBoardDoc(v1, MIGRATIONS, 1);
    expect(v1.share.has(ROOT.views)).toBe(false);
    expect(migrateBoardDoc(v1)).toEqual({ status: "migrated", from: 1, to: 2 });
    expect(v1.share.get(ROOT.views)).toBeInstanceOf(Y.Array);
  });
});

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  return { next, pick };
}

const ANY_VALUES: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e9,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "",
  "COR-01",
  "<script>",
  "a".repeat(300),
  true,
  [],
  ["Kazakhstan"],
  ["EU", "EU", 3],
  {},
  { kind: "corridor", id: "COR-01" },
  { kind: "nope", id: "x" },
  2018,
  2031,
  2015.5,
  "titr_cargo_volume",
  "signed",
];

/** A view state with some fields replaced by arbitrary values. */
function mutate(rng: ReturnType<typeof random>): unknown {
  const state: Record<string, unknown> = structuredClone(middleCorridor) as unknown as Record<string, unknown>;
  const selection = state.selection as Record<string, unknown>;
  const camera = state.camera as Record<string, unknown>;
  const fields: [Record<string, unknown>, string][] = [
    ...Object.keys(selection).map((k): [Record<string, unknown>, string] => [selection, k]),
    ...Object.keys(camera).map((k): [Record<string, unknown>, string] => [camera, k]),
    [state, "camera"],
    [state, "scenario"],
  ];
  const changes = Math.floor(rng.next() * 3);
  for (let i = 0; i < changes; i += 1) {
    const [target, key] = rng.pick(fields);
    target[key] = rng.next() < 0.4 ? Math.round((rng.next() - 0.3) * 200) : rng.pick(ANY_VALUES);
  }
  return state;
}

// Hundreds of generated cases: a generous timeout, for a loaded 2-core machine.
describe("saved views with random values", { timeout: 30_000 }, () => {
  it("either stores a value that reads back exactly, or refuses it and stores nothing", () => {
    const outcomes = { stored: 0, refused: 0 };
    for (let seed = 1; seed <= 400; seed += 1) {
      const rng = random(seed);
      const { a, b } = pair();
      const state = mutate(rng);
      const valid = viewStateSchema.safeParse(state).success && Object.values((state as ViewState).scenario ?? {}).every((v) => v >= 0 && v <= 80);
      let stored = false;
      try {
        a.views.add({ name: `View ${seed}`, state: state as ViewState }, aigerim);
        stored = true;
      } catch (error) {
        expect(error, `seed ${seed}`).toBeInstanceOf(BoardDocError);
      }
      const listed = b.views.list();
      if (stored) {
        expect(listed[0]?.state, `seed ${seed}`).toEqual(parseViewState(state));
      } else {
        expect(listed, `seed ${seed}`).toEqual([]);
      }
      if (!valid) expect(stored, `seed ${seed}: an invalid state was stored`).toBe(false);
      outcomes[stored ? "stored" : "refused"] += 1;
    }
    // Both branches are exercised by the generator, not just one.
    expect(outcomes.stored).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it("never returns a malformed entry, whatever was written around the accessor", () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const rng = random(seed);
      const { a, b } = pair();
      const entry = new Y.Map<unknown>();
      entry.set("id", rng.pick(["v1", 3, null]));
      entry.set("name", rng.pick(["Name", "", 7, "  "]));
      entry.set("state", mutate(rng));
      entry.set("author", rng.pick([aigerim, { id: "" }, "Aigerim"]));
      entry.set("createdAt", rng.pick([1, "1", null]));
      entry.set("updatedAt", 2);
      a.views.array.push([entry]);
      for (const view of b.views.list()) {
        expect(viewStateSchema.safeParse(view.state).success, `seed ${seed}`).toBe(true);
        expect(view.name.trim().length, `seed ${seed}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("cameras", () => {
  it("compares with a tolerance for the map's own rounding", () => {
    const camera = middleCorridor.camera;
    expect(sameCamera(camera, camera && { ...camera, lon: camera.lon + 1e-6 })).toBe(true);
    expect(sameCamera(camera, camera && { ...camera, zoom: camera.zoom + 0.5 })).toBe(false);
    expect(sameCamera(null, null)).toBe(true);
    expect(sameCamera(camera, null)).toBe(false);
  });
});
