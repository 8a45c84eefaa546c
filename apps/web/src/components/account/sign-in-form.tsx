"use client";
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { authClient } from "./auth-client";
import { useT } from "~/i18n/provider";
import { authFailureMessage } from "./messages";

export function SignInForm({ next }: { next: string }) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const { error: failure } = await authClient.signIn.email({
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (failure) {
        setError(authFailureMessage("sign-in", failure.status, t));
        setPending(false);
        return;
      }
      // A full navigation: every server component renders again with the new session.
      window.location.assign(next);
    } catch {
      setError(authFailureMessage("sign-in", undefined, t));
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} aria-describedby={error ? `${id}-error` : undefined}>
      {error ? (
        <div id={`${id}-error`} className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t("account.signIn.email")}</label>
        <input id={`${id}-email`} className="input" name="email" type="email" autoComplete="email" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t("account.signIn.password")}</label>
        <input id={`${id}-password`} className="input" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="btn btn-primary btn-block" disabled={pending}>
        {pending ? t("account.signIn.pending") : t("account.signIn.submit")}
      </button>
      <p className="auth-switch">
        {t("account.signIn.newHere")} <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>{t("account.signIn.createAccount")}</Link>
      </p>
    </form>
  );
}
