import type { ReactNode } from "react";

/**
 * A form's submit button that is disabled while its request runs (so a double click does not send
 * it twice), optionally saying what is happening meanwhile ("Creating…").
 */
export function SubmitButton(props: { className: string; pending: boolean; pendingLabel?: string; disabled?: boolean; children: ReactNode }) {
  return (
    <button type="submit" className={props.className} disabled={props.pending || props.disabled}>
      {props.pending && props.pendingLabel ? props.pendingLabel : props.children}
    </button>
  );
}
