import { describe, expect, it } from "vitest";
import { isAllowedOrigin, withOriginCheck } from "./origin-check.ts";

const allowed = ["http://localhost:3000"];
const req = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) });

describe("isAllowedOrigin", () => {
  it("lets safe methods through whatever their origin", () => {
    expect(isAllowedOrigin(req("GET", { origin: "https://evil.example" }), allowed)).toBe(true);
  });
  it("accepts a mutation from an allowed origin and refuses others, including the opaque null origin", () => {
    expect(isAllowedOrigin(req("POST", { origin: "http://localhost:3000" }), allowed)).toBe(true);
    expect(isAllowedOrigin(req("POST", { origin: "https://evil.example" }), allowed)).toBe(false);
    expect(isAllowedOrigin(req("POST", { origin: "null" }), allowed)).toBe(false);
    expect(isAllowedOrigin(req("DELETE", { origin: "http://localhost:3000.evil.example" }), allowed)).toBe(false);
  });
  it("falls back to Sec-Fetch-Site when no Origin is sent, and refuses when neither is", () => {
    expect(isAllowedOrigin(req("POST", { "sec-fetch-site": "same-origin" }), allowed)).toBe(true);
    expect(isAllowedOrigin(req("POST", { "sec-fetch-site": "cross-site" }), allowed)).toBe(false);
    expect(isAllowedOrigin(req("POST", {}), allowed)).toBe(false);
  });
  it("answers 403 without calling the wrapped handler", async () => {
    let called = false;
    const handler = withOriginCheck(async () => {
      called = true;
      return new Response("ok");
    }, allowed);
    const refused = await handler(new Request("http://localhost:3000/api/auth/sign-in/email", { method: "POST", headers: { origin: "https://evil.example" } }));
    expect(refused.status).toBe(403);
    expect(called).toBe(false);
  });
});
