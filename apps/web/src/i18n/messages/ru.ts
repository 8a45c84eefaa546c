// The Russian messages: the same keys as the English ones (checked by the compiler), area by area.
import type { Messages } from "./en";
import { board } from "./ru/board";
import { common } from "./ru/common";
import { header } from "./ru/header";

export const ru: Messages = { board, common, header };
