// The words shown for a failed request, in the interface's language: one place for every dialog
// and form. The API's messages are English, so the text is chosen by what the error says about
// itself: the AppError's reason (details.reason), else its code (data.appError.code or the tRPC
// code; for an AppError in English, the server's own sentence). Only an error that matches neither shows its own
// message; anything that is not an Error gets a generic retry hint.
import { isTRPCClientError } from "~/trpc/client-error";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";

type ApiErrors = Messages["dialogs"]["apiErrors"];
type Reason = keyof ApiErrors["reason"];
type Code = keyof ApiErrors["code"];

// The keys of the messages, listed here so the browser does not need the English messages' module.
const REASONS: Record<Reason, true> = {
  "link-expired": true,
  "link-revoked": true,
  "link-invalid": true,
  "last-owner": true,
  "team-member": true,
  "confirm-title": true,
  "bad-document": true,
  "not-a-member": true,
  role: true,
};
const CODES: Record<Code, true> = {
  BAD_REQUEST: true,
  NOT_FOUND: true,
  UNAUTHORIZED: true,
  FORBIDDEN: true,
  CONFLICT: true,
  TOO_MANY_REQUESTS: true,
  PAYLOAD_TOO_LARGE: true,
  TIMEOUT: true,
  INTERNAL_SERVER_ERROR: true,
};
/** AppError codes that differ from the tRPC code they map to. */
const APP_CODE_ALIASES: Readonly<Record<string, Code>> = { INTERNAL: "INTERNAL_SERVER_ERROR" };

const isReason = (value: unknown): value is Reason => typeof value === "string" && Object.hasOwn(REASONS, value);
const isCode = (value: unknown): value is Code => typeof value === "string" && Object.hasOwn(CODES, value);

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** The reason or code an API error carries, as a message key; null when it carries neither. */
export function apiErrorKey(data: unknown): `dialogs.apiErrors.reason.${Reason}` | `dialogs.apiErrors.code.${Code}` | null {
  const appError = field(data, "appError");
  const reason = field(field(appError, "details"), "reason");
  if (isReason(reason)) return `dialogs.apiErrors.reason.${reason}`;
  const appCode = field(appError, "code");
  const candidates = [typeof appCode === "string" ? (APP_CODE_ALIASES[appCode] ?? appCode) : undefined, field(data, "code")];
  const code = candidates.find(isCode);
  return code ? `dialogs.apiErrors.code.${code}` : null;
}

export function errorText(error: unknown, t: Translator<Messages>): string {
  if (!(error instanceof Error)) return t("dialogs.apiErrors.generic");
  if (isTRPCClientError(error)) {
    const data: unknown = error.data;
    // No response data: the request never got an answer from the API (offline, server down).
    if (data === undefined || data === null) return t("dialogs.apiErrors.network");
    const key = apiErrorKey(data);
    // The API's AppErrors are written for people, in English: there the server's own sentence is the
    // most precise ("No board with id …"); other languages get the message for its code. (A zod
    // or framework error's text is not for people: always the message for its code.)
    const fromAppError = field(data, "appError") !== null && field(data, "appError") !== undefined;
    if (key?.startsWith("dialogs.apiErrors.code.") && fromAppError && t.locale === "en" && error.message) return error.message;
    if (key) return t(key);
  }
  return error.message;
}
