// Signs in as the demo account (seeded by the webServer command) through the auth API, as the
// browser would (same-origin POST with an Origin header), and saves the session for every spec.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test as setup } from "@playwright/test";

const storageState = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.data/demo-storage-state.json");

setup("sign in as the demo account", async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1:3100").origin;
  const response = await request.post("/api/auth/sign-in/email", {
    headers: { origin },
    data: { email: "demo@corridor.local", password: "corridor-demo" },
  });
  expect(response.status(), await response.text()).toBe(200);
  const session = await request.get("/api/auth/get-session");
  expect(((await session.json()) as { user?: { email?: string } } | null)?.user?.email).toBe("demo@corridor.local");
  await request.storageState({ path: storageState });
});
