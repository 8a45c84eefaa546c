// The status page of a link that cannot be used (expired, revoked, invalid): why, and what to do.
// Server-only (the words come from getT); the invitation's client page words it with useT.
import "server-only";
import type { ReactNode } from "react";
import { getT } from "~/i18n/server";
import { StatusPage, type LinkProblem } from "./status-page";

export async function LinkProblemStatus({ problem, actions }: { problem: LinkProblem; actions?: ReactNode }) {
  const t = await getT();
  return (
    <StatusPage title={t(`account.linkProblem.${problem}.title`)} actions={actions}>
      <p>{t(`account.linkProblem.${problem}.body`)}</p>
    </StatusPage>
  );
}
