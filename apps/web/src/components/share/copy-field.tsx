"use client";
import { useId, useRef, useState } from "react";
import { useT } from "~/i18n/provider";

/** A read-only link with a copy button: the Clipboard API, or the selected text as a fallback. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setStatus(t("dialogs.copy.copied"));
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
      setStatus(copied ? t("dialogs.copy.copied") : t("dialogs.copy.selected"));
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input ref={input} id={id} className="input mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="btn" onClick={copy}>
          {t("dialogs.copy.copy")}
        </button>
      </div>
      <span className="field-hint" aria-live="polite">
        {status || hint}
      </span>
    </div>
  );
}
