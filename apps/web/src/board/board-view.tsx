"use client";
// The board's layout: header, filter bar, map and charts on the left, the side panel on the right.
// Boxes have fixed sizes so nothing moves when the map and charts arrive.
import dynamic from "next/dynamic";
import Link from "next/link";
import { BoardProvider, useBoard } from "./board-context";
import { CollabProvider } from "./collab/collab-context";
import { CoeditConnecting, CoeditPlaceholder } from "./coedit/coedit-placeholder";
import { CoeditUiProvider } from "./coedit/coedit-ui";
import "./coedit/coedit.css";
import { CommitmentsCard, CorridorsCard, IndicatorCard, TimelineCard } from "./chart-cards";
import { FilterBar } from "./filter-bar";
import { MapPanel } from "./map-panel";
import type { Selection } from "./selection";
import { SidePanel } from "./side-panel";
import { useTheme, type ThemeChoice } from "./theme";

// Tiptap, the scenario model and the notes load after the board is up (client only: the shared
// document exists only in the browser, so the server has nothing of them to render).
const CoeditSection = dynamic(() => import("./coedit/coedit-section"), { ssr: false, loading: CoeditPlaceholder });
const CoeditToolbar = dynamic(() => import("./coedit/toolbar"), { ssr: false, loading: CoeditConnecting });

export function BoardView({ title, initialSelection }: { title: string; initialSelection: Selection }) {
  return (
    <BoardProvider initialSelection={initialSelection}>
      <CollabProvider>
        <CoeditUiProvider>
          <BoardLayout title={title} />
        </CoeditUiProvider>
      </CollabProvider>
    </BoardProvider>
  );
}

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const THEME_LABEL: Record<ThemeChoice, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

function BoardLayout({ title }: { title: string }) {
  const { data } = useBoard();
  const { choice, theme, setChoice } = useTheme();
  return (
    <div className="board" data-theme={choice === "system" ? undefined : choice}>
      <header className="board-header">
        <div>
          <p className="kicker">
            <Link href="/">Corridor Board</Link> · board
          </p>
          <h1>{title}</h1>
        </div>
        <div className="header-tools">
          <CoeditToolbar />
          <span className="muted small">
            Fact base <code>{data.dataVersion.slice(0, 8)}</code>
          </span>
          <button type="button" className="toggle" onClick={() => setChoice(NEXT_THEME[choice])} aria-label={`${THEME_LABEL[choice]}. Change theme`}>
            {THEME_LABEL[choice]}
          </button>
        </div>
      </header>
      <FilterBar />
      <main id="main" className="board-main">
        <div className="board-content">
          <MapPanel theme={theme} />
          <div className="chart-grid">
            <CommitmentsCard />
            <TimelineCard />
            <IndicatorCard />
            <CorridorsCard />
          </div>
          <CoeditSection />
        </div>
        <SidePanel />
      </main>
    </div>
  );
}
