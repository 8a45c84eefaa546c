// A board opened once reloads with no network: the page and its scripts from the service worker
// (public/sw.js), the live document from IndexedDB; an edit made offline is counted as pending and
// reaches another browser once the connection is back. Run as the demo owner.
import { expect, test, type Page } from "@playwright/test";
import { BOARD_ID, openBoard } from "./helpers/board";

const commentary = (page: Page) => page.getByTestId("commentary-editor");

/** The worker controls the page and holds a copy of this board's page. */
/**
 * Waits until the page's IndexedDB copy holds every edit made so far: y-indexeddb writes each
 * update in its own transaction, and a read of the same store, begun later, waits for them.
 */
async function flushDocumentCache(page: Page) {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction("updates", "readonly");
          tx.objectStore("updates").count();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    `corridor-board:${BOARD_ID}`,
  );
}

async function waitForOfflineCopy(page: Page) {
  await page.waitForFunction(
    async (boardPath) => {
      if (!navigator.serviceWorker.controller) return false;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        if ((await cache.keys()).some((request) => new URL(request.url).pathname === boardPath)) return true;
      }
      return false;
    },
    `/b/${BOARD_ID}`,
    { timeout: 30_000, polling: 500 },
  );
}

test.describe("the board offline", () => {
  test.describe.configure({ timeout: 180_000 });

  test("reloads offline from the service worker and IndexedDB; an offline edit is pending, then reaches another browser", async ({ browser, context, baseURL }) => {
    const page = await context.newPage();
    await openBoard(page);
    await expect(page.locator('[data-chart="commitments"]')).toHaveAttribute("data-chart-state", "rendered", { timeout: 60_000 });
    await expect(page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
    await waitForOfflineCopy(page);

    const online = `Written online ${Date.now().toString(36)}.`;
    await commentary(page).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(` ${online}`);
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-pending", "0");

    // Offline, reload: the page is the worker's copy (the server is never asked)…
    await flushDocumentCache(page);
    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.headers()["x-corridor-offline-copy"]).toBe("1");
    // …and the board is all there: header, charts drawn, their data tables, the map, the commentary
    // from IndexedDB; the status says offline.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "offline", { timeout: 30_000 });
    await expect(page.locator('[data-chart="commitments"]')).toHaveAttribute("data-chart-state", "rendered", { timeout: 60_000 });
    expect(await page.getByTestId("chart-commitments").locator("table tbody tr").count()).toBeGreaterThan(0);
    await expect(page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
    await expect(commentary(page)).toContainText(online, { timeout: 30_000 });

    // An edit made offline is counted as pending.
    const offline = `Typed offline ${Date.now().toString(36)}.`;
    await commentary(page).click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(` ${offline}`);
    await expect(page.getByTestId("connection-status")).not.toHaveAttribute("data-pending", "0");
    await expect(page.getByTestId("connection-status")).toContainText("pending edit");
    // Reloaded again while still offline, the unsent edits are still counted (they wait in IndexedDB).
    const pendingBefore = await page.getByTestId("connection-status").getAttribute("data-pending");
    await flushDocumentCache(page);
    await page.reload();
    await expect(commentary(page)).toContainText(offline, { timeout: 30_000 });
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-pending", pendingBefore ?? "missing");
    await page.screenshot({ path: test.info().outputPath("offline-reload.png"), fullPage: true });

    // Back online: it syncs, and another browser of the same user gets it.
    await context.setOffline(false);
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected", { timeout: 60_000 });
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-pending", "0");
    const other = await browser.newContext({ baseURL, storageState: await context.storageState() });
    const otherPage = await other.newPage();
    await openBoard(otherPage);
    await expect(commentary(otherPage)).toContainText(offline, { timeout: 30_000 });
    await expect(commentary(otherPage)).toContainText(online);
    await other.close();
  });

  test("online, a signed-out visitor gets the sign-in page, never the cached board", async ({ context }) => {
    const page = await context.newPage();
    await openBoard(page);
    await waitForOfflineCopy(page);
    // The same browser profile with the session cookie gone (as after a sign-out elsewhere).
    await context.clearCookies();
    await page.goto(`/b/${BOARD_ID}`);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByTestId("connection-status")).toHaveCount(0);
  });
});
