// The page a signed-in user sees on a board they are not a member of (the board's gate and the
// shared-screen route show the same one).
import Link from "next/link";
import { getSessionUser } from "~/server/session";
import { SignOutButton } from "./sign-out-button";
import { StatusPage } from "./status-page";

export async function NoAccess() {
  const user = await getSessionUser();
  return (
    <StatusPage
      title="You don't have access to this board"
      icon="🔒"
      actions={
        <>
          <Link href="/boards" className="btn btn-primary">
            Go to your boards
          </Link>
          <SignOutButton />
        </>
      }
    >
      <p>
        Boards hold a team&apos;s unpublished assessments, so only their members can open them. Ask the board&apos;s owner for an
        invitation link and open it while signed in.
      </p>
      {user ? (
        <p>
          You are signed in as <strong>{user.email}</strong>.
        </p>
      ) : null}
    </StatusPage>
  );
}
