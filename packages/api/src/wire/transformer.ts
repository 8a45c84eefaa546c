// The wire format of every tRPC call and of the query cache the server hands to the browser:
// JSON, with the few values JSON cannot carry restored on arrival. The API's values are plain
// objects, arrays, strings, finite numbers, booleans, null and Dates; this is all it needs, and it
// replaces superjson, which cost every page of the web app ~4.5 kB gzipped of first-load JS.
//
//   { "json": <the value, Dates as ISO strings>, "meta": { "values": [[path, tag], …] } }
//
// `meta` is left out when there is nothing to restore, so a plain input is just `{"json": …}`.
// Anything else (Map, Set, bigint, class instances, functions) is refused when it is serialised:
// a value the client could not read back must fail loudly on the server, in the tests.

/** A key or array index on the way from the root to a value. */
export type WirePath = (string | number)[];
/** What a value at a path was before it became JSON. */
export type WireTag = "Date" | "undefined" | "NaN" | "Infinity" | "-Infinity";

export interface WireEnvelope {
  json: unknown;
  meta?: { values: [WirePath, WireTag][] };
}

/** A value that cannot be sent, or an envelope that cannot be read: a typed error, never a crash. */
export class WireFormatError extends Error {
  override readonly name = "WireFormatError";
}

const TAGS: ReadonlySet<string> = new Set<WireTag>(["Date", "undefined", "NaN", "Infinity", "-Infinity"]);

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value !== "object" || value === null) return typeof value;
  return (value.constructor as { name?: string } | undefined)?.name ?? "object";
}

/** Sets `key` as an own property even when it is "__proto__" (plain assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

export function serialize(value: unknown): WireEnvelope {
  const values: [WirePath, WireTag][] = [];
  const path: WirePath = [];
  const seen = new Set<object>();

  const tagged = (tag: WireTag, json: unknown) => {
    values.push([[...path], tag]);
    return json;
  };

  const walk = (node: unknown): unknown => {
    switch (typeof node) {
      case "string":
      case "boolean":
        return node;
      case "number":
        if (Number.isFinite(node)) return node;
        return tagged(Number.isNaN(node) ? "NaN" : node > 0 ? "Infinity" : "-Infinity", null);
      case "undefined":
        return tagged("undefined", null);
      case "object":
        break;
      default:
        throw new WireFormatError(`Cannot send a ${typeof node} at ${JSON.stringify(path)}`);
    }
    if (node === null) return null;
    if (node instanceof Date) return tagged("Date", Number.isNaN(node.getTime()) ? null : node.toISOString());
    if (seen.has(node)) throw new WireFormatError(`Cannot send a circular value at ${JSON.stringify(path)}`);
    seen.add(node);
    let out: unknown;
    if (Array.isArray(node)) {
      out = node.map((item: unknown, index) => {
        path.push(index);
        const json = walk(item);
        path.pop();
        return json;
      });
    } else if (isPlainObject(node)) {
      const record: Record<string, unknown> = {};
      for (const key of Object.keys(node)) {
        const item = node[key];
        if (item === undefined) continue; // as JSON: an absent key reads back as undefined
        path.push(key);
        setOwn(record, key, walk(item));
        path.pop();
      }
      out = record;
    } else {
      throw new WireFormatError(`Cannot send a ${describe(node)} at ${JSON.stringify(path)}`);
    }
    seen.delete(node);
    return out;
  };

  const json = walk(value);
  return values.length > 0 ? { json, meta: { values } } : { json };
}

function restore(tag: WireTag, json: unknown): unknown {
  switch (tag) {
    case "Date":
      if (json === null) return new Date(Number.NaN);
      if (typeof json !== "string") throw new WireFormatError("A Date must travel as a string");
      return new Date(json);
    case "undefined":
      return undefined;
    case "NaN":
      return Number.NaN;
    case "Infinity":
      return Number.POSITIVE_INFINITY;
    case "-Infinity":
      return Number.NEGATIVE_INFINITY;
  }
}

function isPath(value: unknown): value is WirePath {
  return Array.isArray(value) && value.every((key) => typeof key === "string" || (typeof key === "number" && Number.isInteger(key) && key >= 0));
}

/**
 * Reads an envelope back (in place: `json` is freshly parsed by the caller). Paths must lead
 * through the value's own properties, so an envelope cannot reach a prototype.
 */
export function deserialize(envelope: unknown): unknown {
  if (typeof envelope !== "object" || envelope === null || !("json" in envelope)) {
    throw new WireFormatError('Expected {"json": …}');
  }
  const { json, meta } = envelope as WireEnvelope;
  if (meta === undefined) return json;
  const values = (meta as { values?: unknown } | null)?.values;
  if (!Array.isArray(values)) throw new WireFormatError("meta.values must be a list");

  let root = json;
  for (const entry of values as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2 || !isPath(entry[0]) || typeof entry[1] !== "string" || !TAGS.has(entry[1])) {
      throw new WireFormatError("Each meta.values entry must be [path, tag]");
    }
    const [path, tag] = entry as [WirePath, WireTag];
    if (path.length === 0) {
      root = restore(tag, root);
      continue;
    }
    let parent: unknown = root;
    for (let i = 0; i < path.length - 1; i += 1) parent = ownChild(parent, path[i] as string | number);
    const key = path[path.length - 1] as string | number;
    const current = ownChild(parent, key);
    (parent as Record<string | number, unknown>)[key] = restore(tag, current);
  }
  return root;
}

function ownChild(container: unknown, key: string | number): unknown {
  const ok =
    typeof container === "object" &&
    container !== null &&
    (Array.isArray(container) ? typeof key === "number" && key < container.length : typeof key === "string" && Object.hasOwn(container, key));
  if (!ok) throw new WireFormatError(`meta.values names a path the value does not have (${JSON.stringify(key)})`);
  return (container as Record<string | number, unknown>)[key];
}

/** The tRPC data transformer (inputs and outputs alike) and the query cache's (de)hydration. */
export const wireTransformer = { serialize, deserialize };
