"use client";
// The presenting controls: "Present" in the board header, and under it a strip that says who is
// presenting and offers to follow, to stop following or to rejoin, or that the presentation ended.
import { useT } from "~/i18n/provider";
import { useCollab } from "../collab/collab-context";
import { usePresentation } from "./presentation-context";

export function PresentButton() {
  const presentation = usePresentation();
  const collab = useCollab();
  const t = useT();
  // A briefing-link guest watches; presenting is for the board's own people.
  if (!presentation || collab?.briefing) return null;
  const { presentingSelf, start, stop, cannotPresent } = presentation;
  return presentingSelf ? (
    <button type="button" className="btn btn-small btn-primary" onClick={stop} data-testid="stop-presenting">
      {t("views.present.stop")}
    </button>
  ) : (
    <button
      type="button"
      className="toggle"
      onClick={start}
      aria-disabled={cannotPresent !== null}
      title={cannotPresent ?? t("views.present.startTitle")}
      data-testid="start-presenting"
    >
      {t("views.present.start")}
    </button>
  );
}

export function PresenterBar() {
  const presentation = usePresentation();
  const t = useT();
  if (!presentation) return null;
  const { presenter, presentingSelf, follow, followers, notice } = presentation;
  const other = presenter && !presentingSelf ? presenter : null;
  if (!presentingSelf && !other && !notice) return null;
  return (
    <div className="presenter-bar" role="region" aria-label={t("views.present.bar")} data-testid="presenter-bar" data-follow={follow}>
      {presentingSelf ? (
        <p>
          <strong>{t("views.present.youArePresenting")}</strong>{" "}
          {followers === 0 ? t("views.present.nobodyFollowing") : t("views.present.followers", { count: followers })} {t("views.present.presentingDetail")}
        </p>
      ) : null}
      {other && follow === "following" ? (
        <>
          <p role="status">
            <strong>{t("views.present.following", { name: other.user.name })}</strong> {t("views.present.followingDetail")}
          </p>
          <button type="button" className="btn btn-small" onClick={presentation.stopFollowing}>
            {t("views.present.stopFollowing")}
          </button>
        </>
      ) : null}
      {other && follow !== "following" ? (
        // Not following: offered to follow, or (after looking around on their own) to rejoin.
        <>
          <p role="status">
            <strong>{t("views.present.isPresenting", { name: other.user.name })}</strong>{" "}
            {follow === "left" ? t("views.present.lookingAround") : t("views.present.followOffer")}
          </p>
          <button
            type="button"
            className="btn btn-small btn-primary"
            onClick={presentation.followPresenter}
            data-testid={follow === "left" ? "rejoin-presenter" : "follow-presenter"}
          >
            {follow === "left" ? t("views.present.rejoin") : t("views.present.follow")}
          </button>
        </>
      ) : null}
      {notice ? (
        <p className="presenter-notice" role="alert" data-testid="presentation-notice">
          {notice}{" "}
          <button type="button" className="link-button" onClick={presentation.dismissNotice}>
            {t("views.present.dismiss")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
