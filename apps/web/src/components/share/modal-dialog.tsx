"use client";
// The modal the board bar's dialogs share: a native <dialog>, opened as it mounts, with a title and
// a close button; closing it (Esc, ✕) unmounts it and its body. Loaded on the first click of a
// DialogButton (dialog-button.tsx), not with the page.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useT } from "~/i18n/provider";

export default function ModalDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="modal share-modal" aria-labelledby={titleId} onClose={onClose}>
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn-quiet" onClick={() => dialog.current?.close()} aria-label={t("dialogs.close")}>
          ✕
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
