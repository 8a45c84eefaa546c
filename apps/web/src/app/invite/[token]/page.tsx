// An invitation link. Anonymous → sign in (or create an account) and come back here; signed in →
// accept with one click (a POST, so merely loading the page changes nothing) and go to the board.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AcceptInvite } from "~/components/account/accept-invite";
import { signInHref } from "~/components/account/next-path";
import { LinkProblemStatus } from "~/components/account/link-problem-status";
import { getT } from "~/i18n/server";
import { getSessionUser } from "~/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("account.invite.pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

const LINK_TOKEN = /^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!LINK_TOKEN.test(token)) {
    const t = await getT();
    return (
      <LinkProblemStatus
        problem="invalid"
        actions={
          <Link href="/boards" className="btn">
            {t("account.invite.yourBoards")}
          </Link>
        }
      />
    );
  }
  const user = await getSessionUser();
  if (!user) redirect(signInHref(`/invite/${token}`));
  return <AcceptInvite token={token} userName={user.name} userEmail={user.email} />;
}
