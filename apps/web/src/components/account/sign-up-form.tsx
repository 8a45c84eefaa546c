"use client";
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { authClient } from "./auth-client";
import { useT } from "~/i18n/provider";
import { authFailureMessage } from "./messages";

export const MIN_PASSWORD_LENGTH = 10;

export function SignUpForm({ next }: { next: string }) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password.length < MIN_PASSWORD_LENGTH) {
      setPasswordError(t("account.signUp.passwordTooShort", { min: MIN_PASSWORD_LENGTH }));
      return;
    }
    setPasswordError(null);
    setPending(true);
    setError(null);
    try {
      const { error: failure } = await authClient.signUp.email({
        name: String(form.get("name") ?? "").trim(),
        email: String(form.get("email") ?? "").trim(),
        password,
      });
      if (failure) {
        setError(authFailureMessage("sign-up", failure.status, t));
        setPending(false);
        return;
      }
      window.location.assign(next);
    } catch {
      setError(authFailureMessage("sign-up", undefined, t));
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("account.signUp.name")}</label>
        <input id={`${id}-name`} className="input" name="name" autoComplete="name" required maxLength={120} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t("account.signUp.email")}</label>
        <input id={`${id}-email`} className="input" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t("account.signUp.password")}</label>
        <input
          id={`${id}-password`}
          className="input"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={256}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={`${id}-password-hint`}
        />
        <span id={`${id}-password-hint`} className="field-hint" role={passwordError ? "alert" : undefined}>
          {passwordError ?? t("account.signUp.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        </span>
      </div>
      <button type="submit" className="btn btn-primary btn-block" disabled={pending}>
        {pending ? t("account.signUp.pending") : t("account.signUp.submit")}
      </button>
      <p className="auth-switch">
        {t("account.signUp.haveAccount")} <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>{t("account.signUp.signIn")}</Link>
      </p>
    </form>
  );
}
