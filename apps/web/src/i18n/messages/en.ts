// The English messages: the source of every key. One file per area of the interface (messages/en/),
// mirrored in messages/ru/ with the same shape.
import type { MessagesShape } from "../translate";
import { board } from "./en/board";
import { coedit } from "./en/coedit";
import { common } from "./en/common";
import { header } from "./en/header";
import { screen } from "./en/screen";
import { views } from "./en/views";

const english = { common, header, board, coedit, views, screen };

export type Messages = MessagesShape<typeof english>;
export const en: Messages = english;
