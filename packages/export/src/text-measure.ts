// Measuring and wrapping text without a browser: the advance widths come from the same DejaVu
// font files the renderer draws with (read through pdfkit's font engine), so a wrapped line fits
// the width it was wrapped for.
import path from "node:path";
import PDFDocument from "pdfkit";
import { FONT_FILES } from "./fonts.ts";

export type FontWeight = "regular" | "bold";

export interface TextMeasure {
  width(text: string, weight: FontWeight, size: number): number;
  /**
   * Lines of at most `maxWidth`; paragraphs (newlines) kept; a word longer than a line is cut.
   * With `maxLines`, wrapping stops there (long documents are not measured to the end) and
   * `rest` is the text left over.
   */
  wrap(text: string, weight: FontWeight, size: number, maxWidth: number, maxLines?: number): { lines: string[]; rest: string };
}

export function createTextMeasure(fontDir: string): TextMeasure {
  // A document that is never written: only its font engine is used.
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont("regular", path.join(fontDir, FONT_FILES.regular));
  doc.registerFont("bold", path.join(fontDir, FONT_FILES.bold));
  // Widths at 1 pt, per weight and word: long documents repeat their words.
  const cache = new Map<string, number>();
  const unitWidth = (text: string, weight: FontWeight) => {
    const key = `${weight}\u0000${text}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = doc.font(weight).fontSize(1).widthOfString(text);
      if (cache.size < 50_000) cache.set(key, value);
    }
    return value;
  };
  const width = (text: string, weight: FontWeight, size: number) => unitWidth(text, weight) * size;

  function cutWord(word: string, weight: FontWeight, size: number, maxWidth: number): string[] {
    const pieces: string[] = [];
    let current = "";
    for (const char of word) {
      if (current && width(current + char, weight, size) > maxWidth) {
        pieces.push(current);
        current = char;
      } else current += char;
    }
    if (current) pieces.push(current);
    return pieces;
  }

  function wrap(text: string, weight: FontWeight, size: number, maxWidth: number, maxLines = Infinity): { lines: string[]; rest: string } {
    const lines: string[] = [];
    const space = width(" ", weight, size);
    const paragraphs = text.replace(/\r\n?/g, "\n").split("\n");
    // Lines past the limit (a cut word can add several) go back into the rest.
    const finish = (rest: string) => ({ lines: lines.slice(0, maxLines), rest: [...lines.slice(maxLines), rest].filter(Boolean).join("\n") });
    for (const [index, paragraph] of paragraphs.entries()) {
      if (lines.length >= maxLines) return finish(paragraphs.slice(index).join("\n"));
      let line = "";
      let lineWidth = 0;
      const words = paragraph.split(/[ \t]+/).filter(Boolean);
      for (const [w, word] of words.entries()) {
        // `line` holds the words since the last full line: they start the rest.
        if (lines.length >= maxLines) return finish([[line, ...words.slice(w)].filter(Boolean).join(" "), ...paragraphs.slice(index + 1)].join("\n"));
        const wordWidth = width(word, weight, size);
        if (line && lineWidth + space + wordWidth <= maxWidth) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line) lines.push(line);
        if (wordWidth <= maxWidth) {
          line = word;
          lineWidth = wordWidth;
        } else {
          const pieces = cutWord(word, weight, size, maxWidth);
          line = pieces.pop() ?? "";
          lines.push(...pieces);
          lineWidth = width(line, weight, size);
        }
      }
      lines.push(line);
    }
    return finish("");
  }

  return { width, wrap };
}
