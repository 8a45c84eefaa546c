// Text that reaches an HTML string (ECharts tooltip formatters return HTML) goes through here.
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes the characters that can open a tag, an attribute or an entity. */
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return text.replace(/[&<>"'`]/g, (ch) => ENTITIES[ch] ?? ch);
}
