// Both languages' messages by locale, for the server (the browser receives only the active one).
import { en, type Messages } from "./messages/en";
import { ru } from "./messages/ru";
import type { Locale } from "./locale";

export type { Messages };
export const MESSAGES: Record<Locale, Messages> = { en, ru };
