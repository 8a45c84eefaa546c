"use client";
// The shared screen's footer: the sources of every figure on screen, by publisher, always visible.
import { useBoard } from "../board-context";
import { groupByPublisher, sourceIdsOnScreen } from "./sources-on-screen";

export function ScreenSources() {
  const { data, view, selection } = useBoard();
  const ids = sourceIdsOnScreen(data, view, selection);
  const groups = groupByPublisher(ids, data.sources);
  return (
    <footer className="screen-sources" aria-label="Sources of the figures on screen" data-testid="screen-sources" data-source-count={ids.length}>
      <strong>Sources ({ids.length}):</strong>{" "}
      {groups.map((group, i) => (
        <span key={group.publisher} className="screen-source" title={group.ids.join(", ")}>
          {group.publisher}
          {group.years.length > 0 ? ` ${group.years.join(", ")}` : ""}
          {i < groups.length - 1 ? " · " : ""}
        </span>
      ))}
      <span className="screen-fact-base"> · fact base {data.dataVersion.slice(0, 8)}</span>
    </footer>
  );
}
