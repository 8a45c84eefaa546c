"use client";
import { useId, useRef, useState } from "react";

/** A read-only link with a copy button: the Clipboard API, or the selected text as a fallback. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setStatus("Copied to the clipboard");
    } catch {
      // No Clipboard API (insecure origin, denied permission): select the text for the user.
      const field = input.current;
      field?.focus();
      field?.select();
      let copied = false;
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
      setStatus(copied ? "Copied to the clipboard" : "Selected: press Ctrl+C (⌘C) to copy");
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input ref={input} id={id} className="input mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="btn" onClick={copy}>
          Copy
        </button>
      </div>
      <span className="field-hint" aria-live="polite">
        {status || hint}
      </span>
    </div>
  );
}
