// Where a note is pinned, as the notes list says it (pure, in the interface language).
import type { Annotation } from "@corridor/board-doc";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { isChartName } from "../charts/datum-keys";
import { formatDecimal } from "./scenario-format";

/** Where a note is pinned, for the list: "43.65° N, 76.95° E" or "Commitments chart · EU · signed". */
export function describeTarget(note: Pick<Annotation, "target">, t: Translator<Messages>): string {
  if (note.target.kind === "point") {
    const [lon, lat] = note.target.lonLat;
    const degrees = (value: number) => formatDecimal(Math.abs(value), 2, t.locale);
    return `${t(lat >= 0 ? "coedit.notes.north" : "coedit.notes.south", { value: degrees(lat) })}, ${t(lon >= 0 ? "coedit.notes.east" : "coedit.notes.west", { value: degrees(lon) })}`;
  }
  const { itemType, itemId, chart, datum } = note.target;
  if (itemType === "chart-datum" && isChartName(chart)) return `${t(`coedit.notes.chartTitle.${chart}`)} · ${datum ?? itemId}`;
  return `${itemType} ${itemId}`;
}
