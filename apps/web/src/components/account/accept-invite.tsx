"use client";
import { useMutation } from "@tanstack/react-query";
import type { TRPCClientError } from "@trpc/client";
import { isTRPCClientError } from "~/trpc/client-error";
import Link from "next/link";
import type { AppRouter } from "@corridor/api";
import { errorText } from "~/components/ui/error-text";
import { useT } from "~/i18n/provider";
import { useTRPC } from "~/trpc/react";
import { linkProblemOf } from "./status-page";
import { SignOutButton } from "./sign-out-button";
import "./account.css";

function problemOf(error: unknown) {
  if (!isTRPCClientError(error)) return null;
  const data = (error as unknown as TRPCClientError<AppRouter>).data;
  return linkProblemOf(data?.appError?.details?.reason);
}

export function AcceptInvite({ token, userName, userEmail }: { token: string; userName: string; userEmail: string }) {
  const t = useT();
  const trpc = useTRPC();
  const accept = useMutation(
    trpc.links.acceptInvite.mutationOptions({
      onSuccess: (result) => window.location.assign(result.boardId ? `/b/${result.boardId}` : "/boards"),
    }),
  );
  const problem = problemOf(accept.error);

  if (problem) {
    return (
      <main id="main" className="page">
        <section className="status-card" aria-labelledby="invite-title">
          <span className="status-icon" aria-hidden="true">
            !
          </span>
          <h1 id="invite-title">{t(`account.linkProblem.${problem}.title`)}</h1>
          <p>{t(`account.linkProblem.${problem}.body`)}</p>
          <div className="status-actions">
            <Link href="/boards" className="btn btn-primary">
              {t("account.invite.yourBoards")}
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
        <h1 id="invite-title">{t("account.invite.title")}</h1>
        <p>
          {t("account.invite.bodyBefore")} <strong>{userName}</strong> ({userEmail}) {t("account.invite.bodyAfter")}
        </p>
        {accept.error ? (
          <div className="alert alert-error" role="alert">
            {errorText(accept.error, t)}
          </div>
        ) : null}
        <div className="status-actions">
          <button type="button" className="btn btn-primary" disabled={accept.isPending || accept.isSuccess} onClick={() => accept.mutate({ token })}>
            {accept.isPending || accept.isSuccess ? t("account.invite.joining") : t("account.invite.accept")}
          </button>
          <SignOutButton />
        </div>
      </section>
    </main>
  );
}
