// The English messages: the source of every key. One file per area of the interface (messages/en/),
// mirrored in messages/ru/ with the same shape.
import type { MessagesShape } from "../translate";
import { account } from "./en/account";
import { board } from "./en/board";
import { coedit } from "./en/coedit";
import { common } from "./en/common";
import { dialogs } from "./en/dialogs";
import { header } from "./en/header";
import { overview } from "./en/overview";
import { screen } from "./en/screen";
import { snapshot } from "./en/snapshot";
import { views } from "./en/views";

const english = { common, header, account, overview, board, coedit, views, screen, dialogs, snapshot };

export type Messages = MessagesShape<typeof english>;
export const en: Messages = english;
