"use client";
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { authClient } from "./auth-client";
import { authFailureMessage } from "./messages";

export const MIN_PASSWORD_LENGTH = 10;

export function SignUpForm({ next }: { next: string }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password.length < MIN_PASSWORD_LENGTH) {
      setPasswordError(`Use at least ${MIN_PASSWORD_LENGTH} characters.`);
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
        setError(authFailureMessage("sign-up", failure.status));
        setPending(false);
        return;
      }
      window.location.assign(next);
    } catch {
      setError(authFailureMessage("sign-up", undefined));
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
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} className="input" name="name" autoComplete="name" required maxLength={120} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input id={`${id}-email`} className="input" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
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
          {passwordError ?? `At least ${MIN_PASSWORD_LENGTH} characters.`}
        </span>
      </div>
      <button type="submit" className="btn btn-primary btn-block" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
      <p className="auth-switch">
        Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
    </form>
  );
}
