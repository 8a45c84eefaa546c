import { describe, expect, it } from "vitest";
import { secretKeyObject } from "./key.ts";
import { signCollabToken } from "./sign.ts";
import { verifyCollabToken } from "./verify.ts";

const secret = "s".repeat(40);
const claims = { userId: "u1", displayName: "Aigerim", boardId: "board-1", role: "editor" as const };

describe("collab token", () => {
  it("round-trips the claims for the right board", async () => {
    const token = await signCollabToken({ secret, claims, ttlSeconds: 60 });
    const result = await verifyCollabToken({ secret, token, boardId: "board-1" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.claims).toMatchObject(claims);
  });

  it("verifies with a pre-imported key object", async () => {
    const token = await signCollabToken({ secret, claims });
    const result = await verifyCollabToken({ secret: secretKeyObject(secret), token, boardId: "board-1" });
    expect(result.ok).toBe(true);
  });

  it("refuses a missing token", async () => {
    expect(await verifyCollabToken({ secret, token: undefined, boardId: "board-1" })).toEqual({ ok: false, reason: "missing" });
    expect(await verifyCollabToken({ secret, token: "", boardId: "board-1" })).toEqual({ ok: false, reason: "missing" });
  });

  it("refuses an expired token", async () => {
    const token = await signCollabToken({ secret, claims, ttlSeconds: -10 });
    expect(await verifyCollabToken({ secret, token, boardId: "board-1" })).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a token signed with another secret", async () => {
    const token = await signCollabToken({ secret: "x".repeat(40), claims });
    expect(await verifyCollabToken({ secret, token, boardId: "board-1" })).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a tampered payload", async () => {
    const token = await signCollabToken({ secret, claims });
    const [header, payload, signature] = token.split(".");
    const decoded = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...decoded, role: "owner" })).toString("base64url");
    const result = await verifyCollabToken({ secret, token: `${header}.${forged}.${signature}`, boardId: "board-1" });
    expect(result).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses garbage", async () => {
    expect(await verifyCollabToken({ secret, token: "not-a-jwt", boardId: "board-1" })).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses a token for another board", async () => {
    const token = await signCollabToken({ secret, claims });
    expect(await verifyCollabToken({ secret, token, boardId: "board-2" })).toEqual({ ok: false, reason: "wrong-board" });
  });

  it("refuses a short secret", async () => {
    await expect(signCollabToken({ secret: "short", claims })).rejects.toThrow(/at least/);
  });
});
