"use client";
// The strip above a board shown through a briefing link: read-only, until when, and, once the
// owner revokes the link or it expires while the guest is watching, that the live view has ended.
// It also counts this opening of the link, once per page view.
import { useEffect, useRef } from "react";
import { useT } from "~/i18n/provider";
import { useTRPCClient } from "~/trpc/react";
import { useCollab } from "./collab/collab-context";

const ENDED = ["revoked", "expired", "invalid"] as const;

/** "2026-12-01 14:30 UTC": the same on the server and in every browser (no hydration mismatch). */
function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function BriefingBanner({ expiresAt }: { expiresAt?: Date | undefined }) {
  const t = useT();
  const collab = useCollab();
  const ended = collab?.state.ended ?? null;
  useCountView(collab?.briefing?.token ?? null);
  return (
    <div className="readonly-banner" role="note" aria-label={t("board.briefing.label")} data-ended={ended ?? undefined}>
      <strong>{t("board.briefing.label")}</strong>
      {ended ? (
        <span role="alert" data-testid="briefing-ended">
          {t(`board.briefing.ended.${ENDED.find((reason) => reason === ended) ?? "invalid"}`)}
        </span>
      ) : (
        <>
          <span>{t("board.briefing.live")}</span>
          {expiresAt ? <span>{t("board.briefing.expires", { when: utcMinute(expiresAt) })}</span> : null}
        </>
      )}
    </div>
  );
}

function useCountView(token: string | null) {
  const client = useTRPCClient();
  const counted = useRef<string | null>(null);
  useEffect(() => {
    if (!token || counted.current === token) return;
    counted.current = token;
    // Counting is best effort: a failed count must not disturb the briefing.
    client.links.recordBriefingView.mutate({ token }).catch(() => {});
  }, [token, client]);
}
