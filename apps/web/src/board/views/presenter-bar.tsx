"use client";
// The presenting controls: "Present" in the board header, and under it a strip that says who is
// presenting and offers to follow, to stop following or to rejoin, or that the presentation ended.
import { useCollab } from "../collab/collab-context";
import { usePresentation } from "./presentation-context";

export function PresentButton() {
  const presentation = usePresentation();
  const collab = useCollab();
  // A briefing-link guest watches; presenting is for the board's own people.
  if (!presentation || collab?.briefing) return null;
  const { presentingSelf, start, stop, cannotPresent } = presentation;
  return presentingSelf ? (
    <button type="button" className="btn btn-small btn-primary" onClick={stop} data-testid="stop-presenting">
      Stop presenting
    </button>
  ) : (
    <button
      type="button"
      className="toggle"
      onClick={start}
      aria-disabled={cannotPresent !== null}
      title={cannotPresent ?? "Present: everyone else on the board can follow your view (map, filters, selection, panel, scenario)."}
      data-testid="start-presenting"
    >
      Present
    </button>
  );
}

export function PresenterBar() {
  const presentation = usePresentation();
  if (!presentation) return null;
  const { presenter, presentingSelf, follow, followers, notice } = presentation;
  const other = presenter && !presentingSelf ? presenter : null;
  if (!presentingSelf && !other && !notice) return null;
  return (
    <div className="presenter-bar" role="region" aria-label="Presentation" data-testid="presenter-bar" data-follow={follow}>
      {presentingSelf ? (
        <p>
          <strong>You are presenting.</strong> {followers === 0 ? "Nobody is following yet." : `${followers} following.`} Your map, filters,
          selection, panel and scenario are shown to them as you change them.
        </p>
      ) : null}
      {other && follow === "following" ? (
        <>
          <p role="status">
            <strong>Following {other.user.name}.</strong> Pan, click or change a filter to look around on your own.
          </p>
          <button type="button" className="btn btn-small" onClick={presentation.stopFollowing}>
            Stop following
          </button>
        </>
      ) : null}
      {other && follow === "left" ? (
        <>
          <p role="status">
            <strong>{other.user.name} is presenting.</strong> You are looking around on your own.
          </p>
          <button type="button" className="btn btn-small btn-primary" onClick={presentation.followPresenter} data-testid="rejoin-presenter">
            Rejoin presenter
          </button>
        </>
      ) : null}
      {other && (follow === "idle" || follow === "ended") ? (
        <>
          <p role="status">
            <strong>{other.user.name} is presenting.</strong> Follow to see their view as they change it.
          </p>
          <button type="button" className="btn btn-small btn-primary" onClick={presentation.followPresenter} data-testid="follow-presenter">
            Follow
          </button>
        </>
      ) : null}
      {notice ? (
        <p className="presenter-notice" role="alert" data-testid="presentation-notice">
          {notice}{" "}
          <button type="button" className="link-button" onClick={presentation.dismissNotice}>
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}
