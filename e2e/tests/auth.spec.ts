// Accounts, board access, invitations, briefing links and the web security guarantees, through the
// real built server in real browser contexts. Every test here starts anonymous.
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

const DEMO = { email: "demo@corridor.local", password: "corridor-demo", name: "Demo Analyst" };
const BOARD = { id: "kazakhstan-china-eu", title: "Kazakhstan between China and the EU", team: "Central Asia desk (demo)" };
const DEMO_STATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.data/demo-storage-state.json");
const ANONYMOUS = { cookies: [], origins: [] };

/**
 * Sign-in and sign-up are rate limited per client address (X-Forwarded-For, as behind a proxy).
 * Each test is its own client, so the tests neither exhaust nor depend on each other's budget.
 */
function clientAddress(seed: string): string {
  const bytes = createHash("sha256").update(seed).digest();
  return `198.18.${bytes[0] ?? 1}.${((bytes[1] ?? 1) % 250) + 2}`;
}

const test = base.extend<{ client: string }>({
  client: async ({ browserName }, use, testInfo) => use(clientAddress(`${browserName}/${testInfo.testId}/${testInfo.retry}`)),
  extraHTTPHeaders: async ({ client }, use) => use({ "x-forwarded-for": client }),
});
test.use({ storageState: ANONYMOUS });

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function newClient(browser: Browser, client: string, signedInAsDemo: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    storageState: signedInAsDemo ? DEMO_STATE : ANONYMOUS,
    extraHTTPHeaders: { "x-forwarded-for": client },
  });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signUp(page: Page, user: { name: string; email: string; password: string }, next = "") {
  await page.goto(`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Opens the board as its owner and the share dialog on it; the board must load without CSP violations. */
async function openShareDialog(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|connect|create)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`/b/${BOARD.id}`);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: /Share/ });
  await expect(dialog.getByRole("list", { name: "Members" }).getByText(`${DEMO.name} (you)`)).toBeVisible({ timeout: 20_000 });
  return dialog;
}

test("sign up, sign out and sign in again", async ({ page }) => {
  const user = { name: "Aigerim Sadykova", email: `aigerim-${unique()}@example.org`, password: "steppe-rail-2024" };
  await signUp(page, user);
  await expect(page).toHaveURL(/\/boards$/);
  await expect(page.getByTestId("account-name")).toHaveText(user.name);
  await expect(page.getByRole("heading", { level: 1, name: "Your boards" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByTestId("account-name")).toHaveCount(0);
  await page.goto("/boards");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fboards$/);

  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/boards$/);
  await expect(page.getByTestId("account-name")).toHaveText(user.name);
});

test("a new user creates a team and a board, then renames, duplicates, archives and deletes it", async ({ page }) => {
  await signUp(page, { name: "Saule Nurlanova", email: `saule-${unique()}@example.org`, password: "aktau-port-2025" });
  await expect(page).toHaveURL(/\/boards$/);
  await expect(page.getByText("No boards yet.")).toBeVisible();

  await page.getByLabel("Team name").fill("Transport desk");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText("Created the team Transport desk")).toBeVisible();
  await page.getByLabel("Title").fill("Caspian ports");
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Transport desk" });
  await page.getByRole("button", { name: "Create board" }).click();
  const boards = page.getByRole("list", { name: "Boards" });
  const row = (title: string) => boards.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row("Caspian ports")).toContainText("owner");

  await row("Caspian ports").getByRole("button", { name: "Rename" }).click();
  const rename = page.getByRole("dialog", { name: /Rename/ });
  await rename.getByLabel("New title").fill("Caspian ports Q3");
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(row("Caspian ports Q3")).toBeVisible();

  await row("Caspian ports Q3").getByRole("button", { name: "Duplicate" }).click();
  await expect(row("Caspian ports Q3 (copy)")).toBeVisible();

  await row("Caspian ports Q3 (copy)").getByRole("button", { name: "Archive" }).click();
  await expect(row("Caspian ports Q3 (copy)")).toHaveCount(0);
  await page.getByLabel("Show archived boards").check();
  await expect(row("Caspian ports Q3 (copy)")).toContainText("Archived");

  await row("Caspian ports Q3 (copy)").getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: /Delete/ });
  const deleteButton = confirm.getByRole("button", { name: "Delete board" });
  await expect(deleteButton).toBeDisabled();
  await confirm.getByLabel("Board title").fill("Caspian ports Q3 (copy)");
  await deleteButton.click();
  await expect(row("Caspian ports Q3 (copy)")).toHaveCount(0);
  await expect(row("Caspian ports Q3")).toBeVisible();
});

test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, DEMO.email, "not-the-password");
  const message = page.locator(".alert-error");
  await expect(message).toHaveText("Email or password is incorrect");
  await signIn(page, `nobody-${unique()}@example.org`, "not-the-password");
  await expect(message).toHaveText("Email or password is incorrect");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a short password is refused before it is sent", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Short");
  await page.getByLabel("Email").fill(`short-${unique()}@example.org`);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
  expect(await page.getByLabel("Password").evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false);
});

test("an anonymous visit to a board goes to sign-in and comes back after", async ({ page }) => {
  await page.goto(`/b/${BOARD.id}`);
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fb%2F${BOARD.id}$`));
  await expect(page.getByText(DEMO.email).first()).toBeVisible(); // the embedded-mode hint
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(new RegExp(`/b/${BOARD.id}$`));
  await expect(page.getByRole("region", { name: "Board" })).toContainText(BOARD.title);
});

test("sign-in refuses to redirect off-site", async ({ page }) => {
  await page.goto("/sign-in?next=//evil.example/steal");
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/boards$/);
});

test("a second user has no access until an owner's invitation link lets them in as editor", async ({ page, browser, client }) => {
  test.slow(); // opens the full board (map and charts) on a 2-core machine
  const second = { name: "Daniyar Bekov", email: `daniyar-${unique()}@example.org`, password: "caspian-ferry-77" };
  await signUp(page, second);
  await expect(page).toHaveURL(/\/boards$/);
  await page.goto(`/b/${BOARD.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this board" })).toBeVisible();
  await expect(page.getByText(/Ask the board's owner for an invitation/)).toBeVisible();
  await expect(page.getByText(BOARD.title)).toHaveCount(0);

  // The demo owner creates an editor invitation in the share dialog.
  const owner = await newClient(browser, client, true);
  const dialog = await openShareDialog(owner.page);
  await dialog.getByLabel("Role", { exact: true }).selectOption("editor");
  await dialog.getByRole("button", { name: "Create invitation link" }).click();
  const link = await dialog.getByRole("textbox", { name: "Invitation link" }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  await owner.context.close();

  await page.goto(link);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(new RegExp(`/b/${BOARD.id}$`));
  const bar = page.getByRole("region", { name: "Board" });
  await expect(bar).toContainText(BOARD.title);
  await expect(bar.locator(".role-badge")).toHaveText("editor");
});

test("an invitation opened while signed out goes through sign-in and back", async ({ page, browser, client }) => {
  test.slow(); // opens the full board (map and charts) on a 2-core machine
  const owner = await newClient(browser, client, true);
  const dialog = await openShareDialog(owner.page);
  await dialog.getByLabel("Role", { exact: true }).selectOption("viewer");
  await dialog.getByRole("button", { name: "Create invitation link" }).click();
  const link = new URL(await dialog.getByRole("textbox", { name: "Invitation link" }).inputValue());
  await owner.context.close();

  await page.goto(link.pathname);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Finvite%2F/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=%2Finvite%2F/);
  await page.getByLabel("Name").fill("Guest Viewer");
  await page.getByLabel("Email").fill(`viewer-${unique()}@example.org`);
  await page.getByLabel("Password").fill("viewer-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(link.pathname);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(new RegExp(`/b/${BOARD.id}$`));
  await expect(page.getByRole("region", { name: "Board" }).locator(".role-badge")).toHaveText("viewer");
});

test("a briefing link shows the live board read-only without an account, exposes nothing else, and stops when revoked", async ({ browser, client }) => {
  test.setTimeout(240_000); // the full board (map, charts, live document) in two contexts on a 2-core machine
  const owner = await newClient(browser, client, true);
  const dialog = await openShareDialog(owner.page);
  await dialog.getByLabel("Label (optional)").fill("Friday briefing");
  await dialog.getByRole("button", { name: "Create briefing link" }).click();
  const link = new URL(await dialog.getByRole("textbox", { name: "Briefing link" }).inputValue());
  expect(link.pathname).toMatch(/^\/brief\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);

  // A third, fresh context: no account, no cookies. Its clock is controllable, so the token
  // refresh that notices a revoked link can be brought forward instead of waited for.
  const guest = await newClient(browser, clientAddress(`${client}/guest`), false);
  await guest.page.clock.install();
  const response = await guest.page.goto(`${link.pathname}?corridor=COR-01`);
  expect(response?.status()).toBe(200);
  // The server's HTML names nobody: no emails, members or team.
  const html = (await response?.text()) ?? "";
  expect(html).toContain(BOARD.title);
  expect(html).not.toContain(DEMO.email);
  expect(html).not.toContain(DEMO.name);
  expect(html).not.toContain(BOARD.team);
  expect(html).not.toMatch(/@example\.org|@corridor\.local/);

  // The live board: map, charts and the co-editing area, behind the read-only banner.
  await expect(guest.page.getByRole("heading", { level: 1, name: BOARD.title })).toBeVisible();
  const banner = guest.page.getByRole("note", { name: "Read-only briefing" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/Link expires \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  await expect(guest.page.locator('[data-testid="board-map"] canvas')).toBeVisible({ timeout: 60_000 });
  await expect(guest.page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
  for (const chart of ["commitments", "timeline"]) {
    await expect(guest.page.locator(`[data-chart="${chart}"][data-chart-state="rendered"]`)).toBeVisible({ timeout: 60_000 });
  }
  await expect(guest.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected", { timeout: 60_000 });
  // Selection parameters work in the briefing URL as on the board.
  await expect(guest.page.getByText(/^Corridor: /)).toBeVisible();
  expect(new URL(guest.page.url()).searchParams.get("corridor")).toBe("COR-01");

  // The owner types commentary on the board; the guest sees it live, with the owner present.
  const writer = await owner.context.newPage();
  await writer.goto(`/b/${BOARD.id}`);
  await expect(writer.getByTestId("connection-status")).toHaveAttribute("data-status", "connected", { timeout: 60_000 });
  const sentence = `Briefing note ${unique()}: Aktau throughput is the binding constraint.`;
  await writer.getByTestId("commentary-editor").click();
  await writer.keyboard.type(sentence);
  await expect(guest.page.getByTestId("commentary-editor")).toContainText(sentence, { timeout: 20_000 });
  await expect(guest.page.getByTestId("avatar-stack").locator(`[data-user="${DEMO.name}"]`)).toBeVisible({ timeout: 20_000 });

  // Read-only, with the reason; no share, snapshots or boards chrome.
  await expect(guest.page.getByText(/This is a read-only briefing/).first()).toBeVisible();
  await expect(guest.page.getByTestId("commentary-editor")).toHaveAttribute("contenteditable", "false");
  await expect(guest.page.getByTestId("assumptions-panel").locator('input[type="range"]').first()).toBeDisabled();
  await expect(guest.page.getByRole("button", { name: "Add note on map" })).toHaveCount(0);
  await expect(guest.page.getByRole("button", { name: "Share" })).toHaveCount(0);
  await expect(guest.page.getByRole("button", { name: /Snapshots/ })).toHaveCount(0);
  await expect(guest.page.getByRole("link", { name: "Boards" })).toHaveCount(0);
  await expect(guest.page.getByRole("link", { name: "All boards" })).toHaveCount(0);
  // Presence shows who is on the board by name; no email reaches the page, even live.
  const live = await guest.page.content();
  expect(live).not.toContain(DEMO.email);
  expect(live).not.toContain(BOARD.team);
  expect(live).not.toMatch(/@example\.org|@corridor\.local/);

  // The link opens this board only.
  await guest.page.goto("/boards");
  await expect(guest.page).toHaveURL(/\/sign-in/);
  const board = await guest.page.request.get(`/b/${BOARD.id}`, { maxRedirects: 0 });
  expect(board.status()).toBe(307);

  // Open again, then the owner revokes the link while the guest watches: the next token refresh
  // is refused and the banner says the briefing has ended; a reload shows the revoked page.
  await guest.page.goto(link.pathname);
  await expect(guest.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected", { timeout: 60_000 });
  const row = dialog.getByRole("list", { name: "Existing links" }).getByRole("listitem").filter({ hasText: "Friday briefing" });
  await row.getByRole("button", { name: /Revoke/ }).click();
  await expect(row.getByText("revoked", { exact: true })).toBeVisible();
  await guest.page.clock.fastForward("10:00");
  await expect(guest.page.getByTestId("briefing-ended")).toHaveText(/This briefing link has been revoked/, { timeout: 20_000 });
  await expect(guest.page.getByTestId("connection-status")).toHaveAttribute("data-status", "offline");
  await guest.page.goto(link.pathname);
  await expect(guest.page.getByRole("heading", { level: 1, name: "This link has been revoked" })).toBeVisible();
  await expect(guest.page.getByText(BOARD.title)).toHaveCount(0);

  await guest.page.goto(`${link.pathname.slice(0, -4)}AAAA`);
  await expect(guest.page.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
  await owner.context.close();
  await guest.context.close();
});

test("repeated failed sign-ins for one account hit the rate limit with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  const message = page.locator(".alert-error");
  // The limit is per account and counts failures only; a throwaway address keeps the demo account usable.
  const target = `target-${unique()}@example.org`;
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await signIn(page, target, `wrong-password-${attempt}`);
    await expect(message).toHaveText(/incorrect|Too many attempts/);
  }
  await expect(message).toHaveText("Too many attempts; wait a minute and try again");
});

test.describe("web security", () => {
  test("cross-site POSTs to the auth API and to a tRPC mutation are refused with 403", async ({ request, baseURL }) => {
    const evil = { origin: "https://evil.example" };
    const signInAttempt = await request.post("/api/auth/sign-in/email", { headers: evil, data: { email: DEMO.email, password: DEMO.password } });
    expect(signInAttempt.status()).toBe(403);
    expect(signInAttempt.headers()["set-cookie"]).toBeUndefined();

    const mutation = await request.post("/api/trpc/teams.create", { headers: evil, data: { json: { name: "Injected team" } } });
    expect(mutation.status()).toBe(403);
    const nullOrigin = await request.post("/api/trpc/collab.token", { headers: { origin: "null" }, data: { json: { boardId: BOARD.id } } });
    expect(nullOrigin.status()).toBe(403);

    // The same mutation from the app's own origin reaches tRPC (and is refused there only for want of a session).
    const sameSite = await request.post("/api/trpc/teams.create", { headers: { origin: new URL(baseURL ?? "").origin }, data: { json: { name: "x" } } });
    expect(sameSite.status()).toBe(401);
  });

  test("responses carry the CSP (MapLibre's blob: workers allowed, no framing) and the other security headers", async ({ request }) => {
    for (const url of ["/", "/sign-in", "/api/trpc/health.ping"]) {
      const headers = (await request.get(url)).headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, url).toContain("worker-src 'self' blob:");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("img-src 'self' data: blob:");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toContain("unsafe-eval");
      expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
      expect(headers["x-content-type-options"], url).toBe("nosniff");
      expect(headers["permissions-policy"], url).toContain("camera=()");
    }
  });

  test("the session cookie is httpOnly and SameSite=Lax", async ({ request, baseURL }) => {
    const response = await request.post("/api/auth/sign-in/email", {
      headers: { origin: new URL(baseURL ?? "").origin },
      data: { email: DEMO.email, password: DEMO.password },
    });
    expect(response.status()).toBe(200);
    const cookie = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session_token"));
    expect(cookie?.value).toMatch(/HttpOnly/i);
    expect(cookie?.value).toMatch(/SameSite=Lax/i);
  });
});
