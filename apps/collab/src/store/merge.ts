// Builds one document from a stored state and log entries. An entry that fails to apply is
// skipped and reported instead of making the whole room unloadable.
import * as Y from "yjs";

export function buildDoc(stored: { state: Uint8Array | null; updates: readonly Uint8Array[] }, onBadUpdate: (index: number, error: unknown) => void): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (stored.state !== null) applySafely(doc, stored.state, -1, onBadUpdate);
    stored.updates.forEach((update, index) => applySafely(doc, update, index, onBadUpdate));
  });
  return doc;
}

function applySafely(doc: Y.Doc, update: Uint8Array, index: number, onBadUpdate: (index: number, error: unknown) => void): void {
  try {
    Y.applyUpdate(doc, update);
  } catch (error) {
    onBadUpdate(index, error);
  }
}
