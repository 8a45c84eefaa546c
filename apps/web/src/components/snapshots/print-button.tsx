"use client";
import { useT } from "~/i18n/provider";

export function PrintButton() {
  const t = useT();
  return (
    <button type="button" className="btn btn-small" onClick={() => window.print()}>
      {t("snapshot.print")}
    </button>
  );
}
