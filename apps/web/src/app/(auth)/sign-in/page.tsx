import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DEMO_ACCOUNT } from "@corridor/auth";
import { safeNextPath } from "~/components/account/next-path";
import { SignInForm } from "~/components/account/sign-in-form";
import { embeddedMode } from "~/env";
import { getSessionUser } from "~/server/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getSessionUser()) redirect(next);
  return (
    <main id="main" className="auth-shell">
      <div className="auth-card">
        <h1>Sign in</h1>
        <p className="lede">Your team&apos;s boards, assessments and briefing links.</p>
        <SignInForm next={next} />
        {embeddedMode ? (
          <aside className="demo-hint" aria-label="Demo account">
            <strong>Demo account</strong> (embedded mode): <code>{DEMO_ACCOUNT.email}</code> with password{" "}
            <code>{DEMO_ACCOUNT.password}</code>
          </aside>
        ) : null}
      </div>
    </main>
  );
}
