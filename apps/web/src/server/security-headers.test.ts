import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders, socketOrigin } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows MapLibre's blob: workers and images, the collab socket, and forbids framing", () => {
    const csp = contentSecurityPolicy({ collabUrl: "wss://collab.example.org/socket", dev: false });
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("child-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("connect-src 'self' wss://collab.example.org");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("adds eval only for the dev server", () => {
    expect(contentSecurityPolicy({ collabUrl: "ws://localhost:1234", dev: true })).toContain("'unsafe-eval'");
  });

  it("turns a socket URL into its origin", () => {
    expect(socketOrigin("ws://localhost:1234")).toBe("ws://localhost:1234");
    expect(socketOrigin("wss://collab.example.org/path?x=1")).toBe("wss://collab.example.org");
  });

  it("sends the referrer policy and nosniff", () => {
    const keys = securityHeaders({ collabUrl: "ws://localhost:1234", dev: false }).map((h) => h.key);
    expect(keys).toEqual(expect.arrayContaining(["Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"]));
  });
});
