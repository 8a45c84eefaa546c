"use client";
// The board's layout: header, filter bar, map and charts on the left, the side panel on the right.
// Boxes have fixed sizes so nothing moves when the map and charts arrive.
import dynamic from "next/dynamic";
import Link from "next/link";
import { BoardProvider, useBoard } from "./board-context";
import { BriefingBanner } from "./briefing-banner";
import type { BriefingAccess } from "./collab/briefing";
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
// document exists only in the browser, so the server has nothing of them to render). So does the
// restore notice: it brings BoardDoc and Yjs, which the first paint does not need.
const CoeditSection = dynamic(() => import("./coedit/coedit-section"), { ssr: false, loading: CoeditPlaceholder });
const CoeditToolbar = dynamic(() => import("./coedit/toolbar"), { ssr: false, loading: CoeditConnecting });
const RestoreNotice = dynamic(() => import("./coedit/restore-notice").then((m) => m.RestoreNotice), { ssr: false });

export interface BoardViewProps {
  boardId: string;
  title: string;
  initialSelection: Selection;
  /** Shown through a briefing link: read-only guest view of this board, with the briefing banner. */
  briefing?: BriefingAccess | undefined;
}

export function BoardView({ boardId, title, initialSelection, briefing }: BoardViewProps) {
  return (
    <BoardProvider initialSelection={initialSelection}>
      <CollabProvider boardId={boardId} briefing={briefing}>
        <CoeditUiProvider>
          {briefing ? <BriefingBanner expiresAt={briefing.expiresAt} /> : null}
          <BoardLayout title={title} briefing={briefing !== undefined} />
        </CoeditUiProvider>
      </CollabProvider>
    </BoardProvider>
  );
}

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const THEME_LABEL: Record<ThemeChoice, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

function BoardLayout({ title, briefing }: { title: string; briefing: boolean }) {
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
      {briefing ? null : <RestoreNotice />}
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
