import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { briefingEndReason } from "./briefing";

/** A refusal as the tRPC HTTP link reports it: the errorFormatter's shape with the AppError details. */
function refusal(details: Record<string, unknown> | null) {
  return TRPCClientError.from({
    error: { code: -32003, message: "refused", data: { code: "FORBIDDEN", httpStatus: 403, appError: { code: "FORBIDDEN", details } } },
  });
}

describe("briefingEndReason", () => {
  it("ends the guest's session when the link was revoked, expired or is not valid", () => {
    expect(briefingEndReason(refusal({ reason: "link-revoked" }))).toBe("revoked");
    expect(briefingEndReason(refusal({ reason: "link-expired" }))).toBe("expired");
    expect(briefingEndReason(refusal({ reason: "link-invalid" }))).toBe("invalid");
  });

  it("keeps retrying anything else: other refusals, network failures, plain errors", () => {
    expect(briefingEndReason(refusal({ reason: "role" }))).toBeNull();
    expect(briefingEndReason(refusal(null))).toBeNull();
    expect(briefingEndReason(TRPCClientError.from(new TypeError("Failed to fetch")))).toBeNull();
    expect(briefingEndReason(new Error("link-revoked"))).toBeNull();
    expect(briefingEndReason(undefined)).toBeNull();
  });
});
