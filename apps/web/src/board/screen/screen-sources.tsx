"use client";
// The shared screen's footer: the sources of every figure on screen, by publisher, always visible.
import { useT } from "~/i18n/provider";
import { useBoard } from "../board-context";
import { groupByPublisher, sourceIdsOnScreen } from "./sources-on-screen";

export function ScreenSources() {
  const { data, view, selection } = useBoard();
  const t = useT();
  const ids = sourceIdsOnScreen(data, view, selection);
  const groups = groupByPublisher(ids, data.sources, (id) => t("screen.sources.unknownPublisher", { id }));
  return (
    <footer className="screen-sources" aria-label={t("screen.sources.label")} data-testid="screen-sources" data-source-count={ids.length}>
      <strong>{t("screen.sources.heading", { count: ids.length })}</strong>{" "}
      {groups.map((group, i) => (
        <span key={group.publisher} className="screen-source" title={group.ids.join(", ")}>
          {group.publisher}
          {group.years.length > 0 ? ` ${group.years.join(", ")}` : ""}
          {i < groups.length - 1 ? " · " : ""}
        </span>
      ))}
      <span className="screen-fact-base"> · {t("screen.sources.factBase", { version: data.dataVersion.slice(0, 8) })}</span>
    </footer>
  );
}
