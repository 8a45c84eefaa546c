"use client";
// The board's layout: header, filter bar, map and charts on the left, the side panel on the right.
// Boxes have fixed sizes so nothing moves when the map and charts arrive.
import type { ReactNode } from "react";
import { lazyComponent } from "~/lib/lazy-component";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useT } from "~/i18n/provider";
import { BoardProvider, useBoard } from "./board-context";
import type { BriefingAccess } from "./collab/briefing";
import { CollabProvider, useCollab } from "./collab/collab-context";
import { CoeditConnecting, CoeditPlaceholder } from "./coedit/coedit-placeholder";
import { CoeditUiProvider } from "./coedit/coedit-ui";
import "./coedit/coedit.css";
import "./views/views.css";
import { CommitmentsCard, CorridorsCard, IndicatorCard, TimelineCard } from "./chart-cards";
import { FilterBar } from "./filter-bar";
import { MapPanel } from "./map-panel";
import type { Selection } from "./selection";
import { SidePanel } from "./side-panel";
import { useTheme, type ThemeChoice } from "./theme";
import { CameraProvider } from "./views/camera";
import { PresentationProvider } from "./views/presentation-context";
import { ShownScenarioProvider } from "./views/shown-scenario";

/** The live board's providers: selection, document, camera, scenario shown, presenting. */
export function LiveBoardProviders({
  boardId,
  briefing,
  initialSelection,
  autoFollow = false,
  children,
}: {
  boardId: string;
  briefing?: BriefingAccess | undefined;
  initialSelection: Selection;
  autoFollow?: boolean;
  children: ReactNode;
}) {
  return (
    <BoardProvider initialSelection={initialSelection}>
      <CollabProvider boardId={boardId} briefing={briefing}>
        <CameraProvider>
          <ShownScenarioProvider>
            <PresentationProvider autoFollow={autoFollow}>
              <CoeditUiProvider>{children}</CoeditUiProvider>
            </PresentationProvider>
          </ShownScenarioProvider>
        </CameraProvider>
      </CollabProvider>
    </BoardProvider>
  );
}

// Tiptap, the scenario model and the notes load after the board is up (client only: the shared
// document exists only in the browser, so the server has nothing of them to render). So does the
// restore notice: it brings BoardDoc and Yjs, which the first paint does not need.
const CoeditSection = lazyComponent(() => import("./coedit/coedit-section").then((m) => m.default), { ssr: false, loading: CoeditPlaceholder });
const CoeditToolbar = lazyComponent(() => import("./coedit/toolbar").then((m) => m.default), { ssr: false, loading: CoeditConnecting });
const RestoreNotice = lazyComponent(() => import("./coedit/restore-notice").then((m) => m.RestoreNotice), { ssr: false });
// Only a briefing link's guests see the banner: rendered on the server, its code loads only for them.
const BriefingBanner = lazyComponent(() => import("./briefing-banner").then((m) => m.BriefingBanner));
// Presenting controls render nothing until the live document is there.
const PresentButton = lazyComponent(() => import("./views/presenter-bar").then((m) => m.PresentButton), { ssr: false });
const PresenterBar = lazyComponent(() => import("./views/presenter-bar").then((m) => m.PresenterBar), { ssr: false });
// The saved views need the live document too (and its checks, zod): after the board is up.
const SavedViewsCard = lazyComponent(() => import("./views/saved-views-card").then((m) => m.SavedViewsCard), { ssr: false, loading: SavedViewsLoading });

function SavedViewsLoading() {
  const t = useT();
  return (
    <section className="saved-views" aria-label={t("board.savedViews")} data-testid="saved-views-loading">
      <h2>{t("board.savedViews")}</h2>
      <p className="muted small">{t("board.savedViewsLoading")}</p>
    </section>
  );
}

export interface BoardViewProps {
  boardId: string;
  title: string;
  initialSelection: Selection;
  /** Shown through a briefing link: read-only guest view of this board, with the briefing banner. */
  briefing?: BriefingAccess | undefined;
}

export function BoardView({ boardId, title, initialSelection, briefing }: BoardViewProps) {
  return (
    <LiveBoardProviders boardId={boardId} briefing={briefing} initialSelection={initialSelection}>
      {briefing ? <BriefingBanner expiresAt={briefing.expiresAt} /> : null}
      <BoardLayout title={title} briefing={briefing !== undefined} />
    </LiveBoardProviders>
  );
}

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };

function BoardLayout({ title, briefing }: { title: string; briefing: boolean }) {
  const t = useT();
  const { data } = useBoard();
  const { choice, theme, setChoice } = useTheme();
  const themeLabel = t(`board.theme.${choice}`);
  return (
    <div className="board" data-theme={choice === "system" ? undefined : choice}>
      <header className="board-header">
        <div>
          <p className="kicker">
            <Link href="/">Corridor Board</Link> · {t("board.kicker")}
          </p>
          <h1>{title}</h1>
        </div>
        <div className="header-tools">
          <CoeditToolbar />
          <PresentButton />
          <ScreenLink />
          <span className="muted small">
            {t("board.factBase")} <code>{data.dataVersion.slice(0, 8)}</code>
          </span>
          <button type="button" className="toggle" onClick={() => setChoice(NEXT_THEME[choice])} aria-label={t("board.theme.change", { theme: themeLabel })}>
            {themeLabel}
          </button>
        </div>
      </header>
      {briefing ? null : <RestoreNotice />}
      <PresenterBar />
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
        <div className="side-column">
          <SavedViewsCard />
          <SidePanel />
        </div>
      </main>
    </div>
  );
}

/** Opens the shared-screen mode of this board (a briefing link's token travels with it). */
function ScreenLink() {
  const t = useT();
  const collab = useCollab();
  const { board: boardParam } = useParams<{ board?: string }>();
  const boardId = collab?.boardId ?? boardParam;
  const briefing = collab?.briefing?.token ?? null;
  if (!boardId) return null;
  const href = `/b/${boardId}/screen${briefing ? `?briefing=${encodeURIComponent(briefing)}` : ""}`;
  return (
    <Link href={href} className="toggle" title={t("board.screenLinkTitle")} target="_blank">
      {t("board.screenLink")}
    </Link>
  );
}
