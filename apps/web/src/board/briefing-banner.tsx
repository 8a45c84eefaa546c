"use client";
// The strip above a board shown through a briefing link: read-only, until when, and, once the
// owner revokes the link or it expires while the guest is watching, that the live view has ended.
// It also counts this opening of the link, once per page view.
import { useEffect, useRef } from "react";
import { useTRPCClient } from "~/trpc/react";
import { useCollab } from "./collab/collab-context";

const ENDED_TEXT: Record<string, string> = {
  revoked: "This briefing link has been revoked: the board is no longer live here. Ask the board's owner for a new link.",
  expired: "This briefing link has expired: the board is no longer live here. Ask the board's owner for a new link.",
  invalid: "This briefing link no longer works: the board is no longer live here. Ask the board's owner for a new link.",
};

/** "2026-12-01 14:30 UTC": the same on the server and in every browser (no hydration mismatch). */
function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function BriefingBanner({ expiresAt }: { expiresAt?: Date | undefined }) {
  const collab = useCollab();
  const ended = collab?.state.ended ?? null;
  useCountView(collab?.briefing?.token ?? null);
  return (
    <div className="readonly-banner" role="note" aria-label="Read-only briefing" data-ended={ended ?? undefined}>
      <strong>Read-only briefing</strong>
      {ended ? (
        <span role="alert" data-testid="briefing-ended">
          {ENDED_TEXT[ended] ?? ENDED_TEXT.invalid}
        </span>
      ) : (
        <>
          <span>You are viewing this board live through a briefing link; nothing can be changed here.</span>
          {expiresAt ? <span>Link expires {utcMinute(expiresAt)}</span> : null}
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
