// An invitation link. Anonymous → sign in (or create an account) and come back here; signed in →
// accept with one click (a POST, so merely loading the page changes nothing) and go to the board.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AcceptInvite } from "~/components/account/accept-invite";
import { signInHref } from "~/components/account/next-path";
import { LINK_PROBLEM_TEXT, StatusPage } from "~/components/account/status-page";
import { getSessionUser } from "~/server/session";

export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

const LINK_TOKEN = /^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!LINK_TOKEN.test(token)) {
    return (
      <StatusPage title={LINK_PROBLEM_TEXT.invalid.title} actions={<Link href="/boards" className="btn">Your boards</Link>}>
        <p>{LINK_PROBLEM_TEXT.invalid.body}</p>
      </StatusPage>
    );
  }
  const user = await getSessionUser();
  if (!user) redirect(signInHref(`/invite/${token}`));
  return <AcceptInvite token={token} userName={user.name} userEmail={user.email} />;
}
