"use client";
// Status, confidence and context badges, in the active language (a client component so the server
// pages and the board's client tables share one translation of them).
import { confidenceLabel, statusTitle } from "~/board/labels";
import { useT } from "~/i18n/provider";
import { INVESTMENT_STATUS } from "@corridor/domain/vocabulary";

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  const known = INVESTMENT_STATUS.find((s) => s === status);
  return (
    <span className={`badge badge-${status.toLowerCase()}`} title={known ? t(`board.badges.statusHint.${known}`) : undefined}>
      {statusTitle(t, status)}
    </span>
  );
}

export function ConfidenceBadge({ confidence }: { confidence: string }) {
  const t = useT();
  return (
    <span className="badge badge-conf">
      <span className="visually-hidden">{t("board.badges.confidence")} </span>
      {confidenceLabel(t, confidence)}
    </span>
  );
}

export function ContextBadge() {
  const t = useT();
  return (
    <span className="badge badge-context" title={t("board.badges.contextTitle")}>
      {t("board.badges.context")}
    </span>
  );
}
