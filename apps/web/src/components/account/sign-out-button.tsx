"use client";
// Sign out: a form posting to /api/account/sign-out (which ends the session and answers with the
// sign-in page), so a click before the page has hydrated still signs out. Once hydrated, the
// offline board pages are dropped first: they must not outlive the session on a shared computer.
import { useState, type FormEvent } from "react";
import { forgetOfflinePages } from "~/board/offline/service-worker";
import { useT } from "~/i18n/provider";

export function SignOutButton() {
  const t = useT();
  const [pending, setPending] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    void forgetOfflinePages()
      .catch(() => undefined)
      .finally(() => form.submit());
  };
  return (
    <form method="post" action="/api/account/sign-out" className="sign-out" onSubmit={onSubmit}>
      <button type="submit" className="btn btn-small" disabled={pending}>
        {pending ? t("header.signingOut") : t("header.signOut")}
      </button>
    </form>
  );
}
