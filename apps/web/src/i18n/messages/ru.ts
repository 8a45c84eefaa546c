// The Russian messages: the same keys as the English ones (checked by the compiler), area by area.
import type { Messages } from "./en";
import { common } from "./ru/common";
import { header } from "./ru/header";
import { account } from "./ru/account";
import { dialogs } from "./ru/dialogs";
import { overview } from "./ru/overview";
import { snapshot } from "./ru/snapshot";

export const ru: Messages = { common, header, account, dialogs, overview, snapshot };
