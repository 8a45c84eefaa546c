"use client";
// Downloading an export rendered on the server (the PDF briefing pack, the PNG of the whole board)
// of a snapshot or of the live board: progress while it renders, Cancel (aborting the request stops
// the rendering on the server), and a clear error when it cannot be made.
import { useEffect, useRef, useState } from "react";
import { apiErrorKey } from "~/components/ui/error-text";
import { useT } from "~/i18n/provider";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";

export type ExportTarget = { snapshotId: string; linkToken?: string | undefined } | { boardId: string; briefingToken?: string | undefined };
export type ExportFormat = "pdf" | "png";

type ExportState = { kind: "idle" } | { kind: "preparing" } | { kind: "done" } | { kind: "cancelled" } | { kind: "failed"; message: string };

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser a moment to start the download before the URL is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportUrl(format: ExportFormat, target: ExportTarget): string {
  const query =
    "snapshotId" in target
      ? new URLSearchParams({ snapshot: target.snapshotId, ...(target.linkToken ? { link: target.linkToken } : {}) })
      : new URLSearchParams({ board: target.boardId, ...(target.briefingToken ? { briefing: target.briefingToken } : {}) });
  return `/api/export/${format}?${query.toString()}`;
}

/** The export routes' HTTP statuses for the API's error codes (server/export-route.ts). */
const CODE_OF_STATUS: Readonly<Record<number, string>> = { 400: "BAD_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND" };

/** Why the route refused, by its status in the interface's language; its own words only for a status it does not name. */
async function errorMessage(response: Response, t: Translator<Messages>): Promise<string> {
  const code = CODE_OF_STATUS[response.status];
  const key = code ? apiErrorKey({ code }) : null;
  if (key) return t(key);
  if (response.status >= 500) return t("dialogs.export.renderFailed");
  const body: unknown = await response.json().catch(() => null);
  return typeof body === "object" && body !== null && "error" in body && typeof body.error === "object" && body.error !== null && "message" in body.error
    ? String(body.error.message)
    : t("dialogs.export.serverAnswered", { status: String(response.status) });
}

export function FileExport({ format, target, fileName }: { format: ExportFormat; target: ExportTarget; fileName: string }) {
  const t = useT();
  const text = (key: "button" | "preparing" | "done" | "cancelled") => t(`dialogs.export.${format}.${key}`);
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function download() {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: "preparing" });
    try {
      const response = await fetch(exportUrl(format, target), { signal: abort.signal });
      if (!response.ok) {
        setState({ kind: "failed", message: await errorMessage(response, t) });
        return;
      }
      saveBlob(await response.blob(), fileName);
      setState({ kind: "done" });
    } catch (error) {
      if (abort.signal.aborted) setState({ kind: "cancelled" });
      else setState({ kind: "failed", message: error instanceof Error ? t("dialogs.export.downloadFailedBecause", { reason: error.message }) : t("dialogs.export.downloadFailed") });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  return (
    <div className="pdf-export" data-export={format}>
      {state.kind === "preparing" ? (
        <>
          <span className="pdf-progress" role="status" aria-live="polite">
            <span className="spinner" aria-hidden="true" /> {text("preparing")}
          </span>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => controller.current?.abort()}>
            {t("dialogs.cancel")}
          </button>
        </>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => void download()}>
          {text("button")}
        </button>
      )}
      {state.kind === "done" ? (
        <span className="field-hint" role="status">
          {text("done")}
        </span>
      ) : null}
      {state.kind === "cancelled" ? (
        <span className="field-hint" role="status">
          {text("cancelled")}
        </span>
      ) : null}
      {state.kind === "failed" ? (
        <span className="alert alert-error inline-alert" role="alert">
          {t(`dialogs.export.${format}.failed`, { reason: state.message })}
        </span>
      ) : null}
    </div>
  );
}
