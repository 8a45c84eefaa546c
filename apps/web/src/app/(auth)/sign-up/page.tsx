import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "~/components/account/next-path";
import { SignUpForm } from "~/components/account/sign-up-form";
import { getSessionUser } from "~/server/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getSessionUser()) redirect(next);
  return (
    <main id="main" className="auth-shell">
      <div className="auth-card">
        <h1>Create an account</h1>
        <p className="lede">Join your team&apos;s boards. An owner can then invite you with a link.</p>
        <SignUpForm next={next} />
      </div>
    </main>
  );
}
