// The Russian messages: the same keys as the English ones (checked by the compiler), area by area.
import type { Messages } from "./en";
import { board } from "./ru/board";
import { coedit } from "./ru/coedit";
import { common } from "./ru/common";
import { header } from "./ru/header";
import { screen } from "./ru/screen";
import { views } from "./ru/views";

export const ru: Messages = { common, header, board, coedit, views, screen };
