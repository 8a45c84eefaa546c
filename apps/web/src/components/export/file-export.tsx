"use client";
// Downloading an export rendered on the server (the PDF briefing pack, the PNG of the whole board)
// of a snapshot or of the live board: progress while it renders, Cancel (aborting the request stops
// the rendering on the server), and a clear error when it cannot be made.
import { useEffect, useRef, useState } from "react";

export type ExportTarget = { snapshotId: string; linkToken?: string | undefined } | { boardId: string; briefingToken?: string | undefined };
export type ExportFormat = "pdf" | "png";

const FORMAT = {
  pdf: { button: "PDF briefing pack", preparing: "Preparing the PDF briefing pack…", done: "PDF downloaded.", cancelled: "PDF export cancelled.", failed: "The PDF could not be made" },
  png: { button: "PNG image (2×)", preparing: "Rendering the board as a PNG image…", done: "PNG downloaded.", cancelled: "PNG export cancelled.", failed: "The PNG could not be made" },
} as const;

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

async function errorMessage(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  return typeof body === "object" && body !== null && "error" in body && typeof body.error === "object" && body.error !== null && "message" in body.error
    ? String(body.error.message)
    : `The server answered ${response.status}.`;
}

export function FileExport({ format, target, fileName }: { format: ExportFormat; target: ExportTarget; fileName: string }) {
  const text = FORMAT[format];
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
        setState({ kind: "failed", message: await errorMessage(response) });
        return;
      }
      saveBlob(await response.blob(), fileName);
      setState({ kind: "done" });
    } catch (error) {
      if (abort.signal.aborted) setState({ kind: "cancelled" });
      else setState({ kind: "failed", message: error instanceof Error ? `The download failed: ${error.message}` : "The download failed." });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  return (
    <div className="pdf-export" data-export={format}>
      {state.kind === "preparing" ? (
        <>
          <span className="pdf-progress" role="status" aria-live="polite">
            <span className="spinner" aria-hidden="true" /> {text.preparing}
          </span>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => void download()}>
          {text.button}
        </button>
      )}
      {state.kind === "done" ? (
        <span className="field-hint" role="status">
          {text.done}
        </span>
      ) : null}
      {state.kind === "cancelled" ? (
        <span className="field-hint" role="status">
          {text.cancelled}
        </span>
      ) : null}
      {state.kind === "failed" ? (
        <span className="alert alert-error inline-alert" role="alert">
          {text.failed}: {state.message}
        </span>
      ) : null}
    </div>
  );
}
