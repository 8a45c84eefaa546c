"use client";
import { useT } from "~/i18n/provider";
import { CopyField } from "./copy-field";
import { absoluteLink } from "./options";

/**
 * A secret link just created, as an absolute URL to copy. It cannot be listed again later, so the
 * hint says to copy it now, after what the link grants (`note`).
 */
export function OneTimeLink({ label, path, note }: { label: string; path: string; note?: string }) {
  const t = useT();
  const once = t("dialogs.copy.once");
  return <CopyField label={label} value={absoluteLink(window.location.origin, path)} hint={note ? `${note} ${once}` : once} />;
}
