"use client";
// The modal shell the board bar's dialogs share: a trigger button, a native <dialog> with a title
// and a close button, and a body that mounts only while the dialog is open (so its queries run
// only then).
import { useId, useRef, useState, type ReactNode } from "react";

export function ModalDialog(props: { triggerLabel: string; triggerClassName: string; title: string; children: () => ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className={props.triggerClassName}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {props.triggerLabel}
      </button>
      <dialog ref={dialog} className="modal share-modal" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="modal-head">
          <h2 id={titleId}>{props.title}</h2>
          <button type="button" className="btn btn-quiet" onClick={() => dialog.current?.close()} aria-label="Close">
            ✕
          </button>
        </div>
        <div className="modal-body">{open ? props.children() : null}</div>
      </dialog>
    </>
  );
}
