import { describe, expect, it } from "vitest";
import { identityFromToken, initials } from "./identity";

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (payload: unknown) => `${b64url({ alg: "HS256" })}.${b64url(payload)}.sig`;

describe("identityFromToken", () => {
  it("reads sub, name and role, including non-Latin names", () => {
    expect(identityFromToken(jwt({ sub: "u1", name: "Алия Ахметова", role: "editor", board: "b" }))).toEqual({ id: "u1", name: "Алия Ахметова", role: "editor" });
  });

  it("refuses malformed tokens and unknown roles", () => {
    expect(identityFromToken("nonsense")).toBeNull();
    expect(identityFromToken("a.!!!.c")).toBeNull();
    expect(identityFromToken(jwt({ sub: "u1", name: "A", role: "admin" }))).toBeNull();
    expect(identityFromToken(jwt({ name: "A", role: "viewer" }))).toBeNull();
  });
});

describe("initials", () => {
  it("takes the first and last name's first letters", () => {
    expect(initials("Dana Demo")).toBe("DD");
    expect(initials("Guest (briefing link)")).toBe("GL");
    expect(initials("alia")).toBe("A");
    expect(initials("  ")).toBe("?");
  });
});
