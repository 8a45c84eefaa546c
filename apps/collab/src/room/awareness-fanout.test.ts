import { describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { AwarenessFanout } from "./awareness-fanout.ts";

/** Client ids in an awareness message (type 1, then the update). */
function clientsIn(message: Uint8Array): number[] {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const ids: number[] = [];
  const count = decoding.readVarUint(update);
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(update));
    decoding.readVarUint(update);
    decoding.readVarString(update);
  }
  return ids;
}

function remoteUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const other = new awarenessProtocol.Awareness(new Y.Doc());
  other.states.set(clientId, state as Record<string, unknown>);
  other.meta.set(clientId, { clock, lastUpdated: 0 });
  const update = awarenessProtocol.encodeAwarenessUpdate(other, [clientId]);
  other.destroy();
  return update;
}

describe("AwarenessFanout", () => {
  it("sends changes every tick and spreads unchanged renewals over several ticks", () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const sent: number[][] = [];
    const fanout = new AwarenessFanout({ awareness, intervalMs: () => 1_000_000, maxRenewalsPerTick: 2, broadcast: (message) => sent.push(clientsIn(message)) });
    for (let id = 1; id <= 5; id++) awarenessProtocol.applyAwarenessUpdate(awareness, remoteUpdate(id, 1, { n: id }), null);
    fanout.flush();
    expect(sent.pop()?.sort()).toEqual([1, 2, 3, 4, 5]);

    for (let id = 1; id <= 5; id++) awarenessProtocol.applyAwarenessUpdate(awareness, remoteUpdate(id, 2, { n: id }), null);
    awarenessProtocol.applyAwarenessUpdate(awareness, remoteUpdate(3, 3, { n: 33 }), null);
    fanout.flush();
    expect(sent.pop()?.sort()).toEqual([1, 2, 3]);
    expect(fanout.pendingRenewals).toBe(2);
    fanout.flush();
    expect(sent.pop()?.sort()).toEqual([4, 5]);
    expect(fanout.pendingRenewals).toBe(0);
    fanout.destroy();
    awareness.destroy();
  });
});
