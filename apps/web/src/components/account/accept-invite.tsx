"use client";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import type { AppRouter } from "@corridor/api";
import { useTRPC } from "~/trpc/react";
import { LINK_PROBLEM_TEXT, linkProblemOf } from "./status-page";
import { SignOutButton } from "./sign-out-button";
import "./account.css";

function problemOf(error: unknown) {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error as TRPCClientError<AppRouter>).data;
  return linkProblemOf(data?.appError?.details?.reason);
}

export function AcceptInvite({ token, userName, userEmail }: { token: string; userName: string; userEmail: string }) {
  const trpc = useTRPC();
  const accept = useMutation(
    trpc.links.acceptInvite.mutationOptions({
      onSuccess: (result) => window.location.assign(result.boardId ? `/b/${result.boardId}` : "/boards"),
    }),
  );
  const problem = problemOf(accept.error);

  if (problem) {
    const text = LINK_PROBLEM_TEXT[problem];
    return (
      <main id="main" className="page">
        <section className="status-card" aria-labelledby="invite-title">
          <span className="status-icon" aria-hidden="true">
            !
          </span>
          <h1 id="invite-title">{text.title}</h1>
          <p>{text.body}</p>
          <div className="status-actions">
            <Link href="/boards" className="btn btn-primary">
              Your boards
            </Link>
          </div>
        </section>
      </main>
    );
  }

  return (
    <main id="main" className="page">
      <section className="status-card" aria-labelledby="invite-title">
        <span className="status-icon" aria-hidden="true" style={{ background: "var(--badge-mou-bg)", color: "var(--badge-mou-text)" }}>
          ✉
        </span>
        <h1 id="invite-title">You&apos;ve been invited to a board</h1>
        <p>
          Accepting gives <strong>{userName}</strong> ({userEmail}) the role the board&apos;s owner chose. Not you? Sign out and sign in with
          the right account first.
        </p>
        {accept.error ? (
          <div className="alert alert-error" role="alert">
            {accept.error.message}
          </div>
        ) : null}
        <div className="status-actions">
          <button type="button" className="btn btn-primary" disabled={accept.isPending || accept.isSuccess} onClick={() => accept.mutate({ token })}>
            {accept.isPending || accept.isSuccess ? "Joining…" : "Accept invitation"}
          </button>
          <SignOutButton />
        </div>
      </section>
    </main>
  );
}
