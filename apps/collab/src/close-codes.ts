// Every close code the server sends, in one place. y-websocket clients stop reconnecting on
// 4400–4499 ("reconnecting cannot fix this") and retry on everything else, including 4500–4599.
export const CloseCode = {
  /** Server shutting down or restarting; clients reconnect. */
  GOING_AWAY: 1001,
  /** Sent by `ws` itself when a frame announces more than `maxMessageBytes` (RFC 6455 "Message Too Big"). */
  MESSAGE_TOO_BIG: 1009,
  /** Malformed message, text frame, bad room name. */
  BAD_REQUEST: 4400,
  /** No token, bad signature, expired, malformed claims. */
  UNAUTHENTICATED: 4401,
  /** Token for another board, or an Origin outside the allowlist. */
  FORBIDDEN: 4403,
  /** Per-connection message rate or per-IP connection attempts exceeded. */
  RATE_LIMITED: 4429,
  /** The room could not be loaded from the database; clients retry. */
  ROOM_UNAVAILABLE: 4500,
  /** The process already holds its maximum number of rooms; clients retry later. */
  ROOM_CAPACITY: 4503,
  /** The client does not read fast enough (send buffer above the limit); clients retry. */
  SLOW_CONSUMER: 4508,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
export type CloseCodeValue = (typeof CloseCode)[CloseCodeName];

export function closeCodeName(code: number): string {
  for (const [name, value] of Object.entries(CloseCode)) if (value === code) return name;
  return String(code);
}
