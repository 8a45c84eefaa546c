// The sources of what the shared screen shows: the commitments and events on the map, the
// corridors drawn (the selected one, or all), the indicator charted and the item in the panel,
// grouped by publisher for a footer that fits on one or two lines.
import type { BoardView } from "../derive";
import { boardSourceIds, type Source } from "../model";
import type { Selection } from "../selection";
import type { BoardData } from "../use-board-data";

export function sourceIdsOnScreen(data: Pick<BoardData, "investments" | "events" | "corridors">, view: BoardView, selection: Selection): string[] {
  const panel = selection.panel;
  const panelInvestment = panel?.kind === "inv" ? data.investments.filter((i) => i.id === panel.id) : [];
  const panelEvent = panel?.kind === "event" ? data.events.filter((e) => e.id === panel.id) : [];
  return boardSourceIds({
    investments: [...view.mapInvestments, ...panelInvestment],
    events: [...view.events, ...panelEvent],
    corridors: view.corridor ? [view.corridor] : data.corridors,
    series: view.series ? [view.series] : [],
  });
}

export interface PublisherGroup {
  publisher: string;
  years: string[];
  ids: string[];
}

/**
 * One entry per publisher (in order of how many cited sources it has), with the years cited; a
 * source the board has not loaded is named by `unknownPublisher` (in the interface language).
 */
export function groupByPublisher(
  ids: readonly string[],
  sources: ReadonlyMap<string, Pick<Source, "publisher" | "year">>,
  unknownPublisher: (id: string) => string,
): PublisherGroup[] {
  const groups = new Map<string, PublisherGroup>();
  for (const id of ids) {
    const source = sources.get(id);
    const publisher = source?.publisher ?? unknownPublisher(id);
    const group = groups.get(publisher) ?? { publisher, years: [], ids: [] };
    group.ids.push(id);
    const year = source?.year ? String(source.year) : null;
    if (year && !group.years.includes(year)) group.years.push(year);
    groups.set(publisher, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, years: [...g.years].sort() }))
    .sort((a, b) => b.ids.length - a.ids.length || a.publisher.localeCompare(b.publisher));
}
