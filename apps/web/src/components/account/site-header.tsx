// The bar on every page: the product, the boards link and the signed-in user with sign-out.
import Link from "next/link";
import { LanguageSwitch } from "~/i18n/language-switch";
import { getT } from "~/i18n/server";
import { getSessionUser } from "~/server/session";
import { initials } from "./messages";
import { SignOutButton } from "./sign-out-button";
import "./account.css";

export async function SiteHeader() {
  const [user, t] = await Promise.all([getSessionUser(), getT()]);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Corridor Board
        </Link>
        <nav className="site-nav" aria-label={t("header.mainNav")}>
          <Link href="/">{t("header.overview")}</Link>
          {user ? <Link href="/boards">{t("header.boards")}</Link> : null}
        </nav>
        <LanguageSwitch current={t.locale} label={t("header.switchLanguage")} />
        <div className="account">
          {user ? (
            <>
              <span className="avatar" aria-hidden="true">
                {initials(user.name)}
              </span>
              <span className="account-name" data-testid="account-name" title={user.email}>
                {user.name}
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className="btn btn-small btn-primary">
              {t("header.signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
