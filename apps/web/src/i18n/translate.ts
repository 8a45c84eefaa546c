// Messages and the translator. A message is a string with {placeholders}, or a plural message
// chosen by `count` with the language's plural rules (Russian has one / few / many). Keys are
// dotted paths, checked at compile time against the English messages; the Russian ones must have
// the same shape (messages/ru.ts).
import { formatNumber } from "~/lib/number-format";
import { intlTag, type Locale } from "./locale";

export interface PluralMessage {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
export type Message = string | PluralMessage;

/** Marks a plural message in the English messages, so other languages may add few/many forms. */
export function plural(forms: PluralMessage): PluralMessage {
  return forms;
}

/** The same tree with any string (or plural message) at each leaf: the type every language satisfies. */
export type MessagesShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends PluralMessage ? PluralMessage : MessagesShape<T[K]>;
};

/** Every dotted path to a message in the tree T. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends Message ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

export type Vars = Readonly<Record<string, string | number>>;

export interface Translator<T> {
  (key: MessageKey<T>, vars?: Vars): string;
  readonly locale: Locale;
}

function lookup(tree: unknown, key: string): Message | undefined {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || (typeof node === "object" && node !== null && "other" in node) ? (node as Message) : undefined;
}

/** Fills {name} from vars; an unknown placeholder stays as written (visible, never a crash). */
export function fill(template: string, vars: Vars | undefined, locale: Locale): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    // The app's own number formatting, not Intl's: server and browser must write the same text.
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}

export function createTranslator<T>(messages: T, locale: Locale, fallback?: T): Translator<T> {
  const rules = new Intl.PluralRules(intlTag(locale));
  const t = (key: MessageKey<T>, vars?: Vars): string => {
    // A key missing from a language falls back to English, then to the key itself.
    const message = lookup(messages, key) ?? (fallback ? lookup(fallback, key) : undefined);
    if (message === undefined) return key;
    if (typeof message === "string") return fill(message, vars, locale);
    const count = Number(vars?.count ?? 0);
    const form = rules.select(count) as keyof PluralMessage;
    return fill(message[form] ?? message.other, vars, locale);
  };
  return Object.assign(t, { locale });
}
