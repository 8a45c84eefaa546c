"use client";
import { useState } from "react";
import { forgetOfflinePages } from "~/board/offline/service-worker";
import { authClient } from "./auth-client";

/** Ends the session (POST /api/auth/sign-out), drops the offline board pages, goes to the sign-in page. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-small"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await forgetOfflinePages().catch(() => undefined);
          await authClient.signOut();
        } finally {
          window.location.assign("/sign-in");
        }
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
