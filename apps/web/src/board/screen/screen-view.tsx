"use client";
// The shared screen: map, the panel's item and two charts in large type on a high-contrast
// theme, the sources of what is on screen always in the footer, and one strip that says what is
// shown: a saved view of the playlist (keys or timer) or the presenter being followed.
import { lazyComponent } from "~/lib/lazy-component";
import { useEffect, useEffectEvent, useState } from "react";
import { useT } from "~/i18n/provider";
import { LiveBoardProviders, type BoardViewProps } from "../board-view";
import { useBoard } from "../board-context";
import { CommitmentsCard, IndicatorCard } from "../chart-cards";
import { useCollab } from "../collab/collab-context";
import { MapPanel } from "../map-panel";
import { useTheme } from "../theme";
import { usePresentation } from "../views/presentation-context";
import { useShowView } from "../views/use-views";
import { commandForKey, PLAYLIST_INTERVALS, stepPlaylist, type PlaylistCommand } from "./playlist";
import { ScreenScenario } from "./screen-scenario";
import { ScreenSources } from "./screen-sources";
import "./screen.css";

// The item details load with the panel (as on the board), not with the screen.
const PanelContent = lazyComponent(() => import("../side-panel-details").then((m) => m.default));

export function ScreenView({ boardId, title, initialSelection, briefing }: BoardViewProps) {
  return (
    <LiveBoardProviders boardId={boardId} briefing={briefing} initialSelection={initialSelection} autoFollow>
      <ScreenLayout title={title} guest={briefing !== undefined} />
    </LiveBoardProviders>
  );
}

function ScreenLayout({ title, guest }: { title: string; guest: boolean }) {
  const { choice, theme, setChoice } = useTheme();
  const { selection } = useBoard();
  const t = useT();
  return (
    <div className="board board-screen" data-theme={choice === "system" ? "light" : choice} data-testid="shared-screen">
      <header className="screen-bar">
        <h1 className="screen-title">{title}</h1>
        <Playlist />
        <span className="screen-tools">
          {guest ? <span className="screen-guest">{t("screen.guest")}</span> : null}
          <button type="button" className="toggle" onClick={() => setChoice(choice === "dark" ? "light" : "dark")}>
            {choice === "dark" ? t("screen.lightScreen") : t("screen.darkScreen")}
          </button>
        </span>
      </header>
      <main id="main" className="screen-main">
        <div className="screen-stage">
          <MapPanel theme={theme === null ? null : choice === "system" ? "light" : theme} />
          <div className="screen-charts">
            <CommitmentsCard />
            <IndicatorCard />
          </div>
        </div>
        {selection.panel ? (
          <aside className="screen-panel side-panel" aria-labelledby="panel-heading">
            <PanelContent panel={selection.panel} />
          </aside>
        ) : null}
      </main>
      <div className="screen-footer">
        <ScreenScenario />
        <ScreenSources />
      </div>
    </div>
  );
}

/**
 * The saved views as a playlist: ← → Space 1–9 Home End step, P or the button plays the timer.
 * While someone presents, the screen shows the presenter instead and says so.
 */
function Playlist() {
  const collab = useCollab();
  const presentation = usePresentation();
  const showView = useShowView();
  const t = useT();
  const views = collab?.boardDoc?.views.list() ?? [];
  const [index, setIndex] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [seconds, setSeconds] = useState<number>(PLAYLIST_INTERVALS[1]);
  const presenter = presentation?.follow === "following" ? presentation.presenter : null;
  const current = index !== null ? (views[index] ?? null) : null;

  const run = (command: PlaylistCommand) => {
    if (command.type === "toggle-play") return setPlaying((p) => !p);
    if (presenter) return;
    const next = stepPlaylist(index, command, views.length);
    const view = next !== null ? views[next] : undefined;
    if (next === null || !view) return;
    setIndex(next);
    showView(view.state, { source: "view", label: view.name });
  };
  const runFromEffect = useEffectEvent(run);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return;
      const command = commandForKey(event.key);
      if (!command) return;
      event.preventDefault();
      runFromEffect(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (!playing || presenter) return;
    const timer = setInterval(() => runFromEffect({ type: "next" }), seconds * 1000);
    return () => clearInterval(timer);
  }, [playing, presenter, seconds]);

  if (presenter) {
    return (
      <p className="screen-now screen-following" role="status" data-testid="screen-now" data-following={presenter.user.name}>
        <span className="screen-live-dot" aria-hidden="true" />
        {t("screen.followingBefore")}
        <strong>{presenter.user.name}</strong>
        {t("screen.followingAfter")}
        <span className="muted"> · {t("screen.playlistPaused")}</span>
      </p>
    );
  }
  return (
    <div className="screen-playlist">
      <p className="screen-now" role="status" data-testid="screen-now" data-view-index={index ?? ""}>
        {current ? (
          <>
            <span className="screen-count">{t("screen.position", { index: (index ?? 0) + 1, total: views.length })}</span>{" "}
            <strong>{current.name}</strong>
          </>
        ) : views.length > 0 ? (
          t("screen.savedViews", { count: views.length })
        ) : (
          t("screen.noViews")
        )}
      </p>
      <span className="screen-controls">
        <button type="button" className="toggle" onClick={() => run({ type: "previous" })} disabled={views.length === 0} aria-label={t("screen.previous")}>
          ←
        </button>
        <button type="button" className="toggle" onClick={() => run({ type: "next" })} disabled={views.length === 0} aria-label={t("screen.next")}>
          →
        </button>
        <button type="button" className="toggle" aria-pressed={playing} onClick={() => setPlaying((p) => !p)} disabled={views.length < 2}>
          {playing ? t("screen.pause") : t("screen.play")}
        </button>
        <label className="screen-interval">
          <span className="visually-hidden">{t("screen.secondsPerView")}</span>
          <select value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
            {PLAYLIST_INTERVALS.map((s) => (
              <option key={s} value={s}>
                {t("screen.seconds", { count: s })}
              </option>
            ))}
          </select>
        </label>
      </span>
    </div>
  );
}
