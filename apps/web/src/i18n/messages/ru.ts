// The Russian messages: the same keys as the English ones (checked by the compiler), area by area.
import type { Messages } from "./en";
import { account } from "./ru/account";
import { board } from "./ru/board";
import { coedit } from "./ru/coedit";
import { common } from "./ru/common";
import { dialogs } from "./ru/dialogs";
import { header } from "./ru/header";
import { overview } from "./ru/overview";
import { screen } from "./ru/screen";
import { snapshot } from "./ru/snapshot";
import { views } from "./ru/views";

export const ru: Messages = { common, header, account, overview, board, coedit, views, screen, dialogs, snapshot };
