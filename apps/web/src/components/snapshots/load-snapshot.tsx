// Reading a snapshot on the server as the visitor: a member, or anyone holding the snapshot's own
// link (?link=…). Anonymous without a link → sign in and come back; no access → a clear page; a
// dead link → why; unknown → 404.
import "server-only";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { signInHref } from "~/components/account/next-path";
import { linkProblemOf, StatusPage } from "~/components/account/status-page";
import { getT } from "~/i18n/server";
import { callFailureOf } from "~/server/trpc-errors";
import { getQueryClient, trpc } from "~/trpc/server";

export const SNAPSHOT_ID = /^snap-[a-f0-9]{16}$/;
const LINK_TOKEN = /^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/;

export type SnapshotAccess =
  | { ok: true; snapshot: Awaited<ReturnType<typeof fetchSnapshot>>; linkToken: string | undefined }
  | { ok: false; page: React.JSX.Element };

function fetchSnapshot(snapshotId: string, linkToken: string | undefined) {
  return getQueryClient().fetchQuery(trpc.snapshots.get.queryOptions({ snapshotId, ...(linkToken ? { linkToken } : {}) }));
}

/** The `link` search parameter when it looks like a link token; a malformed one is reported as invalid. */
export function linkTokenOf(value: string | string[] | undefined): { token: string | undefined; malformed: boolean } {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return { token: undefined, malformed: false };
  return LINK_TOKEN.test(raw) ? { token: raw, malformed: false } : { token: undefined, malformed: true };
}

export async function LinkProblemPage({ problem }: { problem: "expired" | "revoked" | "invalid" }) {
  const t = await getT();
  return (
    <StatusPage title={t(`account.linkProblem.${problem}.title`)}>
      <p>{t(`snapshot.linkProblem.${problem}`)}</p>
    </StatusPage>
  );
}

async function NoAccess() {
  const t = await getT();
  return (
    <StatusPage
      title={t("snapshot.noAccess.title")}
      icon="🔒"
      actions={
        <Link href="/boards" className="btn btn-primary">
          {t("snapshot.noAccess.toBoards")}
        </Link>
      }
    >
      <p>{t("snapshot.noAccess.body")}</p>
    </StatusPage>
  );
}

export async function loadSnapshot(options: { snapshotId: string; link: string | string[] | undefined; returnTo: string }): Promise<SnapshotAccess> {
  if (!SNAPSHOT_ID.test(options.snapshotId)) notFound();
  const link = linkTokenOf(options.link);
  if (link.malformed) return { ok: false, page: <LinkProblemPage problem="invalid" /> };
  try {
    return { ok: true, snapshot: await fetchSnapshot(options.snapshotId, link.token), linkToken: link.token };
  } catch (error) {
    const failure = callFailureOf(error);
    if (failure?.code === "UNAUTHORIZED") redirect(signInHref(options.returnTo));
    if (failure?.code === "NOT_FOUND" || failure?.code === "BAD_REQUEST") notFound();
    const problem = linkProblemOf(failure?.reason);
    if (problem) return { ok: false, page: <LinkProblemPage problem={problem} /> };
    if (failure?.code === "FORBIDDEN") return { ok: false, page: <NoAccess /> };
    throw error;
  }
}

/** `?link=…` to keep on links between the snapshot's pages. */
export const withLink = (path: string, linkToken: string | undefined) => (linkToken ? `${path}?link=${encodeURIComponent(linkToken)}` : path);
