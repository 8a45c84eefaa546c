"use client";
import { useState } from "react";
import { forgetOfflinePages } from "~/board/offline/service-worker";
import { useT } from "~/i18n/provider";

/**
 * Ends the session (POST /api/auth/sign-out), drops the offline board pages and goes to the
 * sign-in page. Better Auth's client loads on the click: the header is on every page, and the
 * client is ~12 kB gzipped of first-load JS.
 */
export function SignOutButton() {
  const t = useT();
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
          const { authClient } = await import("./auth-client");
          await authClient.signOut();
        } finally {
          window.location.assign("/sign-in");
        }
      }}
    >
      {pending ? t("header.signingOut") : t("header.signOut")}
    </button>
  );
}
