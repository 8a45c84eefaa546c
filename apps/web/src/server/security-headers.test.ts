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

  it("allows no Mapbox host without a token, and Mapbox's API, tile and events hosts with one", () => {
    const plain = contentSecurityPolicy({ collabUrl: "ws://localhost:1234", dev: false });
    expect(plain).not.toContain("mapbox");
    const withMapbox = contentSecurityPolicy({ collabUrl: "ws://localhost:1234", dev: false, mapbox: true });
    expect(withMapbox).toContain("connect-src 'self' ws://localhost:1234 https://api.mapbox.com https://*.tiles.mapbox.com https://events.mapbox.com");
    expect(withMapbox).toContain("img-src 'self' data: blob: https://api.mapbox.com");
    expect(withMapbox).toContain("worker-src 'self' blob:");
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
