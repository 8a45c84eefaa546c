"use client";
// What a board-bar dialog shows while its body's code loads (the first opening only).
import { useT } from "~/i18n/provider";

export function DialogLoading() {
  const t = useT();
  return (
    <p className="section-note" role="status">
      {t("dialogs.loading")}
    </p>
  );
}
