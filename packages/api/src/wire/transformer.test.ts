import { describe, expect, it } from "vitest";
import { deserialize, serialize, WireFormatError } from "./transformer.ts";

/** What the other side of the wire sees: the envelope through JSON text, then read back. */
const roundTrip = (value: unknown) => deserialize(JSON.parse(JSON.stringify(serialize(value))));

describe("wire transformer", () => {
  it("sends plain JSON as it is, without meta", () => {
    const value = { a: 1, b: "x", c: [true, null, { d: -2.5 }], e: {} };
    expect(serialize(value)).toEqual({ json: value });
    expect(roundTrip(value)).toEqual(value);
  });

  it("restores Dates at any depth, at the root and in arrays", () => {
    const createdAt = new Date("2026-11-14T09:30:00.000Z");
    const value = { board: { createdAt, archivedAt: null }, items: [{ at: createdAt }, { at: new Date(0) }] };
    const back = roundTrip(value) as typeof value;
    expect(back.board.createdAt).toBeInstanceOf(Date);
    expect(back.board.createdAt.toISOString()).toBe("2026-11-14T09:30:00.000Z");
    expect(back.items[1]?.at.getTime()).toBe(0);
    expect(back).toEqual(value);
    expect((roundTrip(createdAt) as Date).getTime()).toBe(createdAt.getTime());
  });

  it("keeps what JSON would lose: non-finite numbers, undefined in arrays, invalid dates", () => {
    const back = roundTrip({ n: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], u: [1, undefined, 3], bad: new Date("nope") }) as {
      n: number[];
      u: unknown[];
      bad: Date;
    };
    expect(back.n).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(back.u).toEqual([1, undefined, 3]);
    expect(back.u).toHaveLength(3);
    expect(Number.isNaN(back.bad.getTime())).toBe(true);
    expect(roundTrip(undefined)).toBeUndefined();
  });

  it("drops undefined object keys, as JSON does (an absent key reads back as undefined)", () => {
    expect(serialize({ a: undefined, b: 1 })).toEqual({ json: { b: 1 } });
  });

  it("keeps a key named __proto__ as data, never as the prototype", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "at": "x"}') as Record<string, unknown>;
    const back = roundTrip(value) as Record<string, unknown>;
    expect(Object.hasOwn(back, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses values the other side could not read back, naming where they are", () => {
    expect(() => serialize({ a: [new Map()] })).toThrow(WireFormatError);
    expect(() => serialize({ a: [new Map()] })).toThrow('Cannot send a Map at ["a",0]');
    expect(() => serialize({ n: 1n })).toThrow("Cannot send a bigint");
    expect(() => serialize({ f: () => 1 })).toThrow("Cannot send a function");
    class Money {
      amount = 1;
    }
    expect(() => serialize(new Money())).toThrow("Cannot send a Money");
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => serialize(loop)).toThrow("circular");
  });

  it("allows the same object twice when it is not a cycle", () => {
    const shared = { at: new Date(5) };
    const back = roundTrip({ a: shared, b: shared }) as { a: { at: Date }; b: { at: Date } };
    expect(back.a.at.getTime()).toBe(5);
    expect(back.b.at.getTime()).toBe(5);
  });

  it("rejects a malformed envelope with a typed error", () => {
    const bad: unknown[] = [
      null,
      "x",
      { nojson: 1 },
      { json: {}, meta: { values: "no" } },
      { json: {}, meta: { values: [["a", "Date"]] } },
      { json: { a: "x" }, meta: { values: [[["a"], "Map"]] } },
      { json: { a: "x" }, meta: { values: [[["b"], "Date"]] } },
      { json: { a: 1 }, meta: { values: [[["a"], "Date"]] } },
      { json: [1], meta: { values: [[[5], "NaN"]] } },
      { json: {}, meta: { values: [[["__proto__", "x"], "Date"]] } },
      { json: {}, meta: { values: [[["constructor", "prototype"], "Date"]] } },
    ];
    for (const envelope of bad) expect(() => deserialize(envelope), JSON.stringify(envelope)).toThrow(WireFormatError);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
