"use client";
// A button that opens a modal dialog. Nothing of the dialog, its shell or its body, is loaded
// before the first click: the page shows only the button.
import { useState, type ReactNode } from "react";
import { lazyComponent } from "~/lib/lazy-component";

const ModalDialog = lazyComponent(() => import("./modal-dialog").then((m) => m.default), { ssr: false });

export function DialogButton({ label, className, title, children }: { label: string; className: string; title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
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
