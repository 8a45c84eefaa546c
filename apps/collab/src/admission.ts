// Decides, during the HTTP upgrade, whether a connection may open: per-IP attempt cap, Origin
// allowlist, room name, token. Refusals carry the close code sent before any document byte.
import type { KeyObject } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { verifyCollabToken, type CollabTokenFailure, type VerifiedCollabClaims } from "@corridor/collab-token";
import { CloseCode, type CloseCodeValue } from "./close-codes.ts";
import type { CollabConfig } from "./config.ts";
import type { WindowCounter } from "./rate-limit.ts";

export type Admission =
  | { ok: true; room: string; claims: VerifiedCollabClaims; ip: string }
  | { ok: false; code: CloseCodeValue; reason: string; ip: string; detail?: string };

const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export interface AdmissionOptions {
  request: IncomingMessage;
  config: CollabConfig;
  /** The token secret imported once (`secretKeyObject(config.tokenSecret)`). */
  tokenKey: KeyObject;
  attemptsPerIp: WindowCounter;
}

export async function admit({ request, config, tokenKey, attemptsPerIp }: AdmissionOptions): Promise<Admission> {
  const ip = request.socket.remoteAddress ?? "unknown";
  if (!attemptsPerIp.hit(ip)) return { ok: false, code: CloseCode.RATE_LIMITED, reason: "too many connection attempts", ip };
  const origin = request.headers.origin;
  if (origin !== undefined && !config.allowedOrigins.includes(origin)) {
    return { ok: false, code: CloseCode.FORBIDDEN, reason: "origin not allowed", ip, detail: origin };
  }
  const url = new URL(request.url ?? "/", "http://collab.invalid");
  let room: string;
  try {
    room = decodeURIComponent(url.pathname.slice(1));
  } catch {
    return { ok: false, code: CloseCode.BAD_REQUEST, reason: "bad room name", ip };
  }
  if (!ROOM_NAME.test(room)) return { ok: false, code: CloseCode.BAD_REQUEST, reason: "bad room name", ip };
  const result = await verifyCollabToken({ secret: tokenKey, token: url.searchParams.get("token"), boardId: room });
  if (!result.ok) return { ok: false, ...refusalFor(result.reason), ip, detail: result.reason };
  return { ok: true, room, claims: result.claims, ip };
}

function refusalFor(reason: CollabTokenFailure): { code: CloseCodeValue; reason: string } {
  switch (reason) {
    case "wrong-board":
      return { code: CloseCode.FORBIDDEN, reason: "token is for another board" };
    case "expired":
      return { code: CloseCode.UNAUTHENTICATED, reason: "token expired" };
    case "missing":
      return { code: CloseCode.UNAUTHENTICATED, reason: "token missing" };
    default:
      return { code: CloseCode.UNAUTHENTICATED, reason: "token invalid" };
  }
}
