// The page a signed-in user sees on a board they are not a member of (the board's gate and the
// shared-screen route show the same one).
import Link from "next/link";
import { getT } from "~/i18n/server";
import { getSessionUser } from "~/server/session";
import { SignOutButton } from "./sign-out-button";
import { StatusPage } from "./status-page";

export async function NoAccess() {
  const [user, t] = await Promise.all([getSessionUser(), getT()]);
  return (
    <StatusPage
      title={t("board.noAccess.title")}
      icon="🔒"
      actions={
        <>
          <Link href="/boards" className="btn btn-primary">
            {t("board.noAccess.goToBoards")}
          </Link>
          <SignOutButton />
        </>
      }
    >
      <p>{t("board.noAccess.why")}</p>
      {user ? (
        <p>
          {t("board.noAccess.signedInAsBefore")}
          <strong>{user.email}</strong>
          {t("board.noAccess.signedInAsAfter")}
        </p>
      ) : null}
    </StatusPage>
  );
}
