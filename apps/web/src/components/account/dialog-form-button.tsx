"use client";
// A row action that asks first: the button opens a modal with a short form (a new title, the typed
// title that confirms a deletion), its request's error, and Cancel / the confirming submit. The
// form mounts only while the modal is open, so it starts fresh each time.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { ErrorAlert } from "~/components/ui/error-alert";
import { SubmitButton } from "~/components/ui/submit-button";
import { useT } from "~/i18n/provider";

export interface DialogFormButtonProps {
  label: string;
  buttonClassName: string;
  /** Runs as the modal opens, to reset state the form's fields keep outside it. */
  onOpen?: () => void;
  title: string;
  submitLabel: string;
  submitClassName: string;
  /** Keeps the submit disabled until the form says it may go (besides while pending). */
  submitDisabled?: boolean;
  pending: boolean;
  error: unknown;
  /** Sends the request; `close` is for its success (on failure the modal stays, with the error). */
  onSubmit: (form: HTMLFormElement, close: () => void) => void;
  children: ReactNode;
}

export function DialogFormButton(props: DialogFormButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className={props.buttonClassName}
        onClick={() => {
          props.onOpen?.();
          setOpen(true);
        }}
      >
        {props.label}
      </button>
      <Modal title={props.title} open={open} onClose={close}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            props.onSubmit(event.currentTarget, close);
          }}
        >
          {props.children}
          <ErrorAlert error={props.error} />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={close}>
              {t("dialogs.cancel")}
            </button>
            <SubmitButton className={props.submitClassName} pending={props.pending} disabled={props.submitDisabled}>
              {props.submitLabel}
            </SubmitButton>
          </div>
        </form>
      </Modal>
    </>
  );
}

/** A native modal dialog: focus stays inside, Escape closes, focus returns to the opener. */
function Modal({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
      </div>
      <div className="modal-body">{open ? children : null}</div>
    </dialog>
  );
}
