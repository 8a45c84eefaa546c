// The words shown for a failed request. tRPC errors carry a message written for people (see the
// API's error formatter); anything else is unexpected, so the user gets a generic retry hint.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}
