// The English messages: the source of every key. One file per area of the interface (messages/en/),
// mirrored in messages/ru/ with the same shape.
import type { MessagesShape } from "../translate";
import { common } from "./en/common";
import { header } from "./en/header";
import { account } from "./en/account";
import { dialogs } from "./en/dialogs";
import { overview } from "./en/overview";
import { snapshot } from "./en/snapshot";

const english = { common, header, account, dialogs, overview, snapshot };

export type Messages = MessagesShape<typeof english>;
export const en: Messages = english;
