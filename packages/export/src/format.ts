// Figures and text as every export writes them.

/** "EUR 4.05 bn", "EUR 12.5 m", "EUR 950,000". */
export const eur = (value: number) =>
  value >= 1e9 ? `EUR ${(value / 1e9).toFixed(2)} bn` : value >= 1e6 ? `EUR ${(value / 1e6).toFixed(1)} m` : `EUR ${Math.round(value).toLocaleString("en-GB")}`;

/** "2026-11-14 15:00 UTC". */
export const utcMinute = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Whether XML 1.0 can carry this code point (no C0 controls but tab and newlines, no lone surrogates, no U+FFFE/U+FFFF). */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** User or data text made safe inside SVG/XML text and attribute values: never interpreted as markup; characters XML cannot carry are dropped (or the SVG would not parse). */
export function escapeXml(text: string): string {
  let out = "";
  for (const char of text) {
    if (!isXmlChar(char.codePointAt(0) ?? 0)) continue;
    out += char === "<" ? "&lt;" : char === ">" ? "&gt;" : char === "&" ? "&amp;" : char === '"' ? "&quot;" : char === "'" ? "&apos;" : char;
  }
  return out;
}
