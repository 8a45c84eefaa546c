"use client";
import { useT } from "~/i18n/provider";
import { errorText } from "./error-text";

/**
 * A request's failure as an alert (announced by screen readers), or nothing while there is none:
 * pass a query's or mutation's `error` as it is.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      {errorText(error, t)}
    </div>
  );
}
