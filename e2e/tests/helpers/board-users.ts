// Shared by the specs that need several real accounts on the demo board: tRPC calls as a given
// context, a second account invited as an editor, and opening the live board until it is connected.
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const BOARD_ID = "kazakhstan-china-eu";

export async function trpcMutation<T>(request: APIRequestContext, origin: string, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { headers: { origin }, data: { json: input } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/**
 * The demo owner (the project's signed-in context), and a second account that signs up and accepts
 * an editor invitation. Sign-ups are rate limited per client: a 429 is waited out once.
 */
export async function secondEditor(browser: Browser, owner: BrowserContext, baseURL: string): Promise<{ second: BrowserContext; secondName: string; secondId: string }> {
  const origin = new URL(baseURL).origin;
  const invite = await trpcMutation<{ token: string }>(owner.request, origin, "links.createInvite", { boardId: BOARD_ID, scope: "board", role: "editor", expiresInHours: 1 });

  const second = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const secondName = "Alia Second";
  const signUp = () =>
    second.request.post("/api/auth/sign-up/email", {
      headers: { origin },
      data: { email: `coedit-${suffix}@example.org`, password: "second-editor-password", name: secondName },
    });
  let response = await signUp();
  if (response.status() === 429) {
    const wait = Number(response.headers()["retry-after"] ?? 60);
    await new Promise((resolve) => setTimeout(resolve, Math.min(65, Math.max(1, wait)) * 1000));
    response = await signUp();
  }
  expect(response.status(), await response.text()).toBe(200);
  const secondId = ((await response.json()) as { user: { id: string } }).user.id;
  await trpcMutation(second.request, origin, "links.acceptInvite", { token: invite.token });
  return { second, secondName, secondId };
}

export async function openBoard(page: Page, query = "") {
  await page.goto(`/b/${BOARD_ID}${query}`);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected", { timeout: 60_000 });
  await expect(page.getByTestId("assumptions-panel")).toBeVisible({ timeout: 30_000 });
}
