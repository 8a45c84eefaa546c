// Snapshots through the UI on the demo board: take one from the board bar, open it read-only,
// compare it with now, export the PDF pack and the JSON file, import the file as a new board, open
// the snapshot through its own link in a fresh anonymous context, and send an anonymous visitor
// without a link to sign in.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";

const BOARD = "/b/kazakhstan-china-eu";
const ANONYMOUS = { cookies: [], origins: [] };
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/**
 * Opens a board-bar dialog: clicks until the bar is hydrated (the button then says it is
 * expanded), never again once it is (the open modal makes the button inert), and waits for the
 * dialog, whose code loads on that first click.
 */
async function openBarDialog(page: Page, button: string, dialogName: RegExp) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  const trigger = page.getByRole("button", { name: button, exact: true });
  await expect(async () => {
    if ((await trigger.getAttribute("aria-expanded")) !== "true") await trigger.click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  return dialog;
}

/** Opens the Snapshots dialog on the demo board. */
async function openSnapshotsDialog(page: Page) {
  await page.goto(BOARD);
  return openBarDialog(page, "Snapshots", /Snapshots of/);
}

/** Takes a snapshot through the dialog and returns its id. */
async function takeSnapshot(page: Page, name: string) {
  const dialog = await openSnapshotsDialog(page);
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Take snapshot" }).click();
  const open = dialog.getByRole("status").getByRole("link", { name: "Open it" });
  await expect(open).toBeVisible({ timeout: 30_000 });
  const href = await open.getAttribute("href");
  const id = /\/s\/(snap-[a-f0-9]{16})$/.exec(href ?? "")?.[1];
  expect(id, `snapshot link ${href}`).toBeTruthy();
  const row = dialog.locator(`[data-snapshot-id="${id}"]`);
  await expect(row).toContainText(name);
  await expect(row).toContainText("Demo");
  return { id: id ?? "", dialog, row };
}

test("take a snapshot from the board bar, open it read-only, compare it with now", async ({ page }) => {
  const name = `Briefing ${unique()}`;
  const { id, row } = await takeSnapshot(page, name);

  await row.getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${id}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const doc = page.locator(`[data-snapshot="${id}"]`);
  await expect(doc.getByRole("heading", { name: "Key figures" })).toBeVisible();
  await expect(doc.getByRole("row", { name: /Transit-risk index/ })).toBeVisible();
  await expect(doc.getByRole("heading", { name: "Commitments by actor and status" })).toBeVisible();
  await expect(doc.getByRole("heading", { name: /Sources cited \(\d+\)/ })).toBeVisible();
  await expect(doc.locator(".doc-sources li").first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("snapshot.png"), fullPage: true });

  await page.getByRole("link", { name: "Compare with now" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${id}/diff$`));
  await expect(page.getByRole("heading", { level: 1, name: `“${name}” compared with now` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "No changes" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("diff.png"), fullPage: true });
});

test("the snapshot's PDF pack is a PDF, and its JSON export re-imports as a new board", async ({ page }) => {
  const name = `Export ${unique()}`;
  const { id, row } = await takeSnapshot(page, name);

  const pdf = await page.request.get(`/api/export/pdf?snapshot=${id}`, { timeout: 60_000 });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const downloading = page.waitForEvent("download");
  await row.getByRole("button", { name: "JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const file = test.info().outputPath("snapshot.json");
  await download.saveAs(file);
  const parsed = JSON.parse(await readFile(file, "utf8")) as { format?: string; version?: number; snapshot?: { name?: string } };
  expect(parsed.format).toBe("corridor-board.snapshot");
  expect(parsed.version).toBe(1);
  expect(parsed.snapshot?.name).toBe(name);

  await page.goto("/boards");
  const panel = page.getByRole("region", { name: "Import board from JSON" });
  await panel.getByLabel("Snapshot file").setInputFiles({ name: "not-a-snapshot.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
  await panel.getByRole("button", { name: "Import board" }).click();
  await expect(panel.getByRole("alert")).toContainText("not a Corridor Board snapshot");

  await panel.getByLabel("Snapshot file").setInputFiles(file);
  await panel.getByRole("button", { name: "Import board" }).click();
  const imported = panel.getByRole("status").getByRole("link", { name: new RegExp(`imported: ${name}`) });
  await expect(imported).toBeVisible({ timeout: 30_000 });
  await imported.click();
  await expect(page).toHaveURL(/\/b\/imported-[a-f0-9]{12}/);
  await expect(page.getByRole("region", { name: "Board" })).toContainText(`imported: ${name}`);
});

test("a snapshot link opens the snapshot without an account; without a link an anonymous visitor signs in", async ({ page, browser }) => {
  const name = `Guest ${unique()}`;
  const { id, row } = await takeSnapshot(page, name);
  await row.getByRole("button", { name: "Share link" }).click();
  const field = row.getByLabel(/Snapshot link/);
  await expect(field).toHaveValue(new RegExp(`/s/${id}\\?link=`));
  const link = await field.inputValue();

  const guest = await browser.newContext({ storageState: ANONYMOUS });
  try {
    const guestPage = await guest.newPage();
    await guestPage.goto(link);
    await expect(guestPage.getByRole("note", { name: "Read-only snapshot" })).toBeVisible();
    await expect(guestPage.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(guestPage.getByRole("link", { name: /Back to the board/ })).toHaveCount(0);
    await guestPage.getByRole("link", { name: "Compare with now" }).click();
    await expect(guestPage.getByRole("heading", { level: 1, name: `“${name}” compared with now` })).toBeVisible();

    await guestPage.goto(`/s/${id}`);
    await expect(guestPage).toHaveURL(/\/sign-in\?next=/);
  } finally {
    await guest.close();
  }
});

test("restore a snapshot into the live board from the UI, for everyone, and undo it", async ({ page, context }) => {
  test.setTimeout(180_000); // the live board three times and a second session on a 2-core machine
  const tag = unique();
  const exact = (p: Page) => p.getByTestId("assumption-eu_pledge_realisation").locator('input[type="number"]');
  const commentary = (p: Page) => p.getByTestId("commentary-editor");
  const openLiveBoard = async (p: Page, path = BOARD) => {
    await p.goto(path);
    await expect(p.getByTestId("connection-status")).toHaveAttribute("data-status", "connected", { timeout: 60_000 });
    await expect(exact(p)).toBeEnabled({ timeout: 30_000 });
  };
  const write = async (value: string, text: string) => {
    await exact(page).fill(value);
    await exact(page).press("Enter");
    await commentary(page).click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(text);
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-pending", "0", { timeout: 15_000 });
  };

  // The board as the snapshot will keep it.
  await openLiveBoard(page);
  await write("40", `Old commentary ${tag}`);
  const name = `Before restore ${tag}`;
  const { id } = await takeSnapshot(page, name);
  await page.goto(`/s/${id}`);
  await expect(page.locator(`[data-snapshot="${id}"]`)).toContainText(`Old commentary ${tag}`);

  // Later changes; a second session watches the board.
  await openLiveBoard(page);
  await write("75", `New commentary ${tag}`);
  const watcher = await context.newPage();
  await openLiveBoard(watcher);
  await expect(exact(watcher)).toHaveValue("75", { timeout: 15_000 });

  // Restore from the snapshot page, through the confirmation.
  await page.goto(`/s/${id}`);
  await page.getByRole("button", { name: /^Restore into live board/ }).click();
  const confirm = page.getByRole("dialog", { name: `Restore “${name}” into the live board?` });
  await expect(confirm).toContainText("added as new changes");
  await confirm.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BOARD}$`), { timeout: 30_000 });
  const notice = page.getByTestId("restore-notice");
  await expect(notice).toContainText(`Restored “${name}” into the live board`, { timeout: 60_000 });
  await expect(exact(page)).toHaveValue("40");
  await expect(commentary(page)).toContainText(`Old commentary ${tag}`);
  await expect(commentary(page)).not.toContainText(`New commentary ${tag}`);
  // Everyone on the board gets it through the collab server.
  await expect(exact(watcher)).toHaveValue("40", { timeout: 15_000 });
  await expect(commentary(watcher)).toContainText(`Old commentary ${tag}`, { timeout: 15_000 });

  // Undo takes the whole restore back, for everyone.
  await notice.getByRole("button", { name: "Undo restore" }).click();
  await expect(notice).toContainText("undone");
  await expect(exact(page)).toHaveValue("75");
  await expect(commentary(page)).toContainText(`New commentary ${tag}`);
  await expect(commentary(page)).not.toContainText(`Old commentary ${tag}`);
  await expect(exact(watcher)).toHaveValue("75", { timeout: 15_000 });
  await expect(commentary(watcher)).toContainText(`New commentary ${tag}`, { timeout: 15_000 });
  await watcher.close();
});

test("the live board exports as a PNG at 2× from the board's Export menu; a cancelled export says so", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(BOARD);
  const dialog = await openBarDialog(page, "Export", /^Export/);

  const downloading = page.waitForEvent("download", { timeout: 60_000 });
  await dialog.getByRole("button", { name: "PNG image (2×)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kazakhstan-between-china-and-the-eu--live-.*\.png$/);
  const file = test.info().outputPath("board.png");
  await download.saveAs(file);
  const png = PNG.sync.read(await readFile(file));
  // 2× the board's 1200-unit layout width; the height is 2× the layout height (even, and tall enough
  // for the map, charts, text and sources).
  expect(png.width).toBe(2400);
  expect(png.height % 2).toBe(0);
  expect(png.height).toBeGreaterThan(2000);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
  expect(colours.size).toBeGreaterThan(50);
  await expect(dialog.getByText("PNG downloaded.")).toBeVisible();

  // Cancel while the server renders (held back here so the click lands in time).
  await page.route("**/api/export/png**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await route.continue().catch(() => undefined);
  });
  await dialog.getByRole("button", { name: "PNG image (2×)" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "Rendering the board as a PNG image" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog.getByText("PNG export cancelled.")).toBeVisible();
  await page.unroute("**/api/export/png**");

  // A clear error for what cannot be exported.
  const missing = await page.request.get("/api/export/png?board=no-such-board");
  expect(missing.status()).toBe(404);
  expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/No board/);
  const bad = await page.request.get("/api/export/png?board=../etc");
  expect(bad.status()).toBe(400);
});
