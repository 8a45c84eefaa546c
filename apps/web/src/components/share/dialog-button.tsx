"use client";
// A button that opens a modal dialog. Nothing of the dialog, its shell or its body, is part of the
// page's load: the shell loads when the user points at or focuses the button, the body on opening.
import { useState, type ReactNode } from "react";
import { lazyComponent } from "~/lib/lazy-component";

const loadModalDialog = () => import("./modal-dialog");
const ModalDialog = lazyComponent(() => loadModalDialog().then((m) => m.default), { ssr: false });
/** On pointer or keyboard intent: the dialog's shell is usually there by the click. */
const preload = () => void loadModalDialog();

export function DialogButton({ label, className, title, children }: { label: string; className: string; title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open ? (
        <ModalDialog title={title} onClose={() => setOpen(false)}>
          {children}
        </ModalDialog>
      ) : null}
    </>
  );
}
