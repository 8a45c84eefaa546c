// Shared by the board-doc tests: assumption bounds, two authors, and two replicas wired together.
import * as Y from "yjs";
import { BoardDoc } from "./board-doc.ts";

export const bounds = [
  { key: "gulf_disruption", min: 0, max: 80 },
  { key: "eu_pledge_realisation", min: 10, max: 100 },
];
export const aigerim = { id: "u-aigerim", name: "Aigerim" };
export const erlan = { id: "u-erlan", name: "Erlan" };

/** Two replicas wired together in memory, as the collab server would relay them, on one test clock. */
export function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on("update", (update: Uint8Array, origin: unknown) => origin !== "remote" && Y.applyUpdate(b, update, "remote"));
  b.on("update", (update: Uint8Array, origin: unknown) => origin !== "remote" && Y.applyUpdate(a, update, "remote"));
  let clock = 1_000;
  const now = () => (clock += 1);
  return { a: new BoardDoc(a, { assumptions: bounds, now }), b: new BoardDoc(b, { assumptions: bounds, now }) };
}
