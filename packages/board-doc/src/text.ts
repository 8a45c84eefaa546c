// Plain text of a rich-text fragment (Tiptap/ProseMirror in Yjs), one line per block, for diffs,
// exports and search. Formatting is dropped; text is never interpreted as markup.
import * as Y from "yjs";

export function fragmentText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  let current = "";
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert?: unknown }[]) if (typeof op.insert === "string") current += op.insert;
      return;
    }
    if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      const children = node.toArray();
      const isBlock = node instanceof Y.XmlElement;
      for (const child of children) visit(child);
      if (isBlock && current.length > 0) {
        lines.push(current);
        current = "";
      }
    }
  };
  visit(fragment);
  if (current.length > 0) lines.push(current);
  return lines.join("\n");
}
