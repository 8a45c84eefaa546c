import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeNextPath, signInHref } from "./next-path";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeNextPath("/b/kazakhstan-china-eu")).toBe("/b/kazakhstan-china-eu");
    expect(safeNextPath("/b/x?corridor=COR-01#map")).toBe("/b/x?corridor=COR-01#map");
    expect(safeNextPath("/invite/abcdefgh.secret")).toBe("/invite/abcdefgh.secret");
  });

  it.each([
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["absolute URL", "https://evil.example/b/x"],
    ["protocol-relative", "//evil.example"],
    ["backslash protocol-relative", "/\\evil.example"],
    ["backslash inside", "/b\\..\\\\evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["relative without slash", "boards"],
    ["tab trick", "/\t/evil.example"],
    ["newline", "/b/x\n"],
    ["sign-in loop", "/sign-in?next=/boards"],
    ["sign-up", "/sign-up"],
  ])("falls back for %s", (_name, value) => {
    expect(safeNextPath(value)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeNextPath("/b/../boards")).toBe("/boards");
    expect(safeNextPath("/../../etc")).toBe("/etc");
  });

  it("takes the first of repeated parameters and honours a custom fallback", () => {
    expect(safeNextPath(["/boards", "//evil.example"])).toBe("/boards");
    expect(safeNextPath("//evil.example", "/")).toBe("/");
  });

  it("builds a sign-in link that comes back", () => {
    expect(signInHref("/b/kazakhstan-china-eu")).toBe("/sign-in?next=%2Fb%2Fkazakhstan-china-eu");
    expect(signInHref("https://evil.example")).toBe("/sign-in?next=%2F");
  });
});
