// A clear page for "you cannot go on": no access to a board, an expired, revoked or invalid link.
import type { ReactNode } from "react";
import "./account.css";

export function StatusPage({ title, children, actions, icon = "!" }: { title: string; children: ReactNode; actions?: ReactNode; icon?: string }) {
  return (
    <main id="main" className="page">
      <section className="status-card" aria-labelledby="status-title">
        <span className="status-icon" aria-hidden="true">
          {icon}
        </span>
        <h1 id="status-title">{title}</h1>
        {children}
        {actions ? <div className="status-actions">{actions}</div> : null}
      </section>
    </main>
  );
}

export type LinkProblem = "expired" | "revoked" | "invalid";

/** The reason in a FORBIDDEN link error ("link-expired" → "expired"), or null for anything else. */
export function linkProblemOf(reason: unknown): LinkProblem | null {
  if (reason === "link-expired") return "expired";
  if (reason === "link-revoked") return "revoked";
  if (reason === "link-invalid") return "invalid";
  return null;
}
