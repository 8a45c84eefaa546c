// The signed-in user while rendering a page: looked up once per request from its cookies.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { SessionUser } from "@corridor/api";
import { sessionUserFrom } from "./auth";

export const getSessionUser = cache(async (): Promise<SessionUser | null> => sessionUserFrom(new Headers(await headers())));
