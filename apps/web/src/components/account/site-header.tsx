// The bar on every page: the product, the boards link and the signed-in user with sign-out.
import Link from "next/link";
import { getSessionUser } from "~/server/session";
import { initials } from "./messages";
import { SignOutButton } from "./sign-out-button";
import "./account.css";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Corridor Board
        </Link>
        <nav className="site-nav" aria-label="Main">
          <Link href="/">Overview</Link>
          {user ? <Link href="/boards">Boards</Link> : null}
        </nav>
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
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
