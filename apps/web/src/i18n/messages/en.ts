// The English messages: the source of every key. One file per area of the interface (messages/en/),
// mirrored in messages/ru/ with the same shape.
import type { MessagesShape } from "../translate";
import { board } from "./en/board";
import { common } from "./en/common";
import { header } from "./en/header";

const english = { board, common, header };

export type Messages = MessagesShape<typeof english>;
export const en: Messages = english;
