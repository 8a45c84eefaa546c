import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "~/components/account/next-path";
import { SignUpForm } from "~/components/account/sign-up-form";
import { getT } from "~/i18n/server";
import { getSessionUser } from "~/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("account.signUp.pageTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getSessionUser()) redirect(next);
  const t = await getT();
  return (
    <main id="main" className="auth-shell">
      <div className="auth-card">
        <h1>{t("account.signUp.title")}</h1>
        <p className="lede">{t("account.signUp.lede")}</p>
        <SignUpForm next={next} />
      </div>
    </main>
  );
}
