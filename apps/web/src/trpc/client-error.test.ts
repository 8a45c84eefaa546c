import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { isTRPCClientError } from "./client-error";

describe("isTRPCClientError", () => {
  it("recognises the client's errors and nothing else", () => {
    expect(isTRPCClientError(new TRPCClientError("Failed to fetch"))).toBe(true);
    expect(isTRPCClientError(new Error("plain"))).toBe(false);
    expect(isTRPCClientError({ name: "TRPCClientError", message: "not an Error" })).toBe(false);
    expect(isTRPCClientError(null)).toBe(false);
  });
});
