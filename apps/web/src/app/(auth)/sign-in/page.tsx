import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DEMO_ACCOUNT } from "@corridor/auth";
import { safeNextPath } from "~/components/account/next-path";
import { SignInForm } from "~/components/account/sign-in-form";
import { embeddedMode } from "~/env";
import { getT } from "~/i18n/server";
import { getSessionUser } from "~/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("account.signIn.pageTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getSessionUser()) redirect(next);
  const t = await getT();
  return (
    <main id="main" className="auth-shell">
      <div className="auth-card">
        <h1>{t("account.signIn.title")}</h1>
        <p className="lede">{t("account.signIn.lede")}</p>
        <SignInForm next={next} />
        {embeddedMode ? (
          <aside className="demo-hint" aria-label={t("account.signIn.demoLabel")}>
            <strong>{t("account.signIn.demoTitle")}</strong> {t("account.signIn.demoMode")} <code>{DEMO_ACCOUNT.email}</code> {t("account.signIn.demoWithPassword")}{" "}
            <code>{DEMO_ACCOUNT.password}</code>
          </aside>
        ) : null}
      </div>
    </main>
  );
}
