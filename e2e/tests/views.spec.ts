// Saved views, presenting and the shared screen with three browser contexts on the real app and
// collab server: the demo owner presents, a second editor follows, and a meeting-room screen
// opened through a briefing link (nobody signed in) steps through the saved views by keyboard and
// follows the presenter. Cameras are read from the maps themselves (data-camera, written by the
// map on moveend), filters from the controls' pressed state.
import { expect, test, type Page } from "@playwright/test";
import { BOARD_ID, openBoard, secondEditor, trpcMutation } from "./helpers/board";

interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

async function cameraOf(page: Page): Promise<Camera | null> {
  const raw = await page.locator("[data-camera]").first().getAttribute("data-camera");
  return raw ? (JSON.parse(raw) as Camera) : null;
}

const near = (a: Camera | null, b: Camera, tolerance = 0.05) =>
  a !== null && Math.abs(a.lon - b.lon) < tolerance && Math.abs(a.lat - b.lat) < tolerance && Math.abs(a.zoom - b.zoom) < tolerance;

async function expectCamera(page: Page, camera: Camera) {
  await expect.poll(async () => near(await cameraOf(page), camera), { timeout: 20_000, message: `camera near ${JSON.stringify(camera)}` }).toBe(true);
}

/** Moves the presenter's map the way code does (the e2e hook exposes the map instance). */
async function moveMap(page: Page, camera: Camera) {
  await page.evaluate((c) => {
    const map: unknown = Reflect.get(window, "__corridorMap");
    if (typeof map !== "object" || map === null || !("jumpTo" in map) || typeof map.jumpTo !== "function") throw new Error("no map hook (?e2e=1)");
    map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });
  }, camera);
  await expectCamera(page, camera);
}

async function mapReady(page: Page) {
  await expect(page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator("[data-camera]")).toHaveCount(1, { timeout: 30_000 });
}

const pledge = (page: Page) => page.getByTestId("assumption-eu_pledge_realisation");
const corridorToggle = (page: Page, id: string) => page.locator(`.corridor-toggle[data-corridor="${id}"]`);
const viewNames = (page: Page) => page.getByTestId("saved-views").locator(".saved-view-name");

const ARAL = { lon: 60, lat: 46, zoom: 4 };
const CASPIAN = { lon: 51, lat: 42, zoom: 5 };
const EAST = { lon: 75, lat: 44, zoom: 4.5 };
const WEST = { lon: 40, lat: 41, zoom: 3.5 };

test.describe("saved views, presenting and the shared screen", () => {
  test.describe.configure({ timeout: 240_000 });

  test("a presenter is followed, a follower who pans leaves and rejoins, and the screen steps through views by keyboard", async ({ browser, context: owner, baseURL }) => {
    const base = baseURL ?? "http://127.0.0.1:3100";
    const origin = new URL(base).origin;
    const { second } = await secondEditor(browser, owner, base);
    const briefing = await trpcMutation<{ token: string }>(owner.request, origin, "links.createBriefing", { boardId: BOARD_ID, expiresInHours: 1 });
    const screenContext = await browser.newContext({ baseURL: base, storageState: { cookies: [], origins: [] }, viewport: { width: 1920, height: 1080 } });

    const a = await owner.newPage();
    const b = await second.newPage();
    await openBoard(a, "?e2e=1");
    await openBoard(b, "?e2e=1");
    await mapReady(a);
    await mapReady(b);

    // Saved views: the owner saves two, every co-editor sees the same ordered list. The first
    // keeps the scenario it was saved with (EU pledges at 80 %), which the owner then resets.
    await corridorToggle(a, "COR-01").click();
    await moveMap(a, CASPIAN);
    await pledge(a).locator('input[type="range"]').fill("80");
    await expect(pledge(b)).toHaveAttribute("data-value", "80", { timeout: 15_000 });
    await a.getByLabel("Save the current view as").fill("Middle Corridor at the Caspian");
    await a.getByRole("button", { name: "Save view" }).click();
    await pledge(a).getByRole("button", { name: "Reset" }).click();
    await expect(pledge(b)).not.toHaveAttribute("data-value", "80", { timeout: 15_000 });
    await corridorToggle(a, "COR-01").click();
    await moveMap(a, EAST);
    await a.getByLabel("Save the current view as").fill("Western China");
    await a.getByRole("button", { name: "Save view" }).click();
    await expect(viewNames(b)).toHaveText(["Middle Corridor at the Caspian", "Western China"], { timeout: 15_000 });
    // Reorder and rename in one place, seen in the other.
    await a.getByRole("button", { name: "Move Western China up" }).click();
    await expect(viewNames(b)).toHaveText(["Western China", "Middle Corridor at the Caspian"], { timeout: 15_000 });
    await b.getByRole("button", { name: "Move Western China down" }).click();
    await expect(viewNames(a)).toHaveText(["Middle Corridor at the Caspian", "Western China"], { timeout: 15_000 });

    // Opening a view in one click restores its camera and filters.
    await b.getByRole("button", { name: "Open Middle Corridor at the Caspian", exact: true }).click();
    await expectCamera(b, CASPIAN);
    await expect(corridorToggle(b, "COR-01")).toHaveAttribute("aria-pressed", "true");
    // Its scenario is shown beside the live one, not written into it: read-only here, one click back.
    await expect(b.getByTestId("shown-scenario")).toContainText("Middle Corridor at the Caspian");
    await expect(pledge(b)).toHaveAttribute("data-value", "80");
    await expect(pledge(b).locator('input[type="range"]')).toBeDisabled();
    await expect(pledge(a)).not.toHaveAttribute("data-value", "80");
    await b.getByRole("button", { name: "Back to the live scenario" }).click();
    await expect(pledge(b)).not.toHaveAttribute("data-value", "80");

    // The shared screen, signed out, through the briefing link: no editing chrome, keyboard playlist.
    const screen = await screenContext.newPage();
    await screen.goto(`/b/${BOARD_ID}/screen?briefing=${encodeURIComponent(briefing.token)}`);
    await expect(screen.getByTestId("shared-screen")).toBeVisible();
    await expect(screen.getByRole("region", { name: "Board" })).toHaveCount(0);
    await expect(screen.getByRole("button", { name: "Share" })).toHaveCount(0);
    await expect(screen.getByTestId("saved-views")).toHaveCount(0);
    await mapReady(screen);
    await expect(screen.getByTestId("screen-now")).toContainText("2 saved views", { timeout: 30_000 });
    await screen.keyboard.press("2");
    await expect(screen.getByTestId("screen-now")).toContainText("2 / 2 Western China");
    await expectCamera(screen, EAST);
    await screen.keyboard.press("ArrowRight");
    await expect(screen.getByTestId("screen-now")).toContainText("1 / 2 Middle Corridor at the Caspian");
    await expectCamera(screen, CASPIAN);
    await expect(corridorToggle(screen, "COR-01")).toHaveAttribute("aria-pressed", "true");
    await expect(screen.getByTestId("screen-sources")).toContainText("Sources (");
    await expect(screen.getByTestId("screen-scenario")).toHaveAttribute("data-source", "view");
    await expect(screen.getByTestId("screen-scenario")).toContainText("80");
    await screen.keyboard.press(" ");
    await expect(screen.getByTestId("screen-now")).toContainText("2 / 2 Western China");
    await expect(corridorToggle(screen, "COR-01")).toHaveAttribute("aria-pressed", "false");
    await screen.keyboard.press("ArrowLeft");
    await expect(screen.getByTestId("screen-now")).toContainText("1 / 2");

    // Presenting: the owner starts; the second editor is offered to follow, and follows.
    await a.getByTestId("start-presenting").click();
    await expect(a.getByTestId("presenter-bar")).toContainText("You are presenting");
    await expect(b.getByTestId("presenter-bar")).toContainText("is presenting", { timeout: 15_000 });
    await b.getByTestId("follow-presenter").click();
    // The follower and the shared screen (which follows on its own).
    await expect(a.getByTestId("presenter-bar")).toContainText("2 following", { timeout: 15_000 });
    // A second presenter is refused, naming the one presenting.
    await b.getByTestId("start-presenting").click();
    await expect(b.getByTestId("presentation-notice")).toContainText("is presenting: only one person presents at a time");

    // The presenter moves the map and changes a filter: the follower and the screen follow.
    await moveMap(a, ARAL);
    await corridorToggle(a, "COR-02").click();
    await expectCamera(b, ARAL);
    await expect(corridorToggle(b, "COR-02")).toHaveAttribute("aria-pressed", "true", { timeout: 15_000 });
    await expect(screen.getByTestId("screen-now")).toHaveAttribute("data-following", /.+/, { timeout: 15_000 });
    await expectCamera(screen, ARAL);
    await expect(corridorToggle(screen, "COR-02")).toHaveAttribute("aria-pressed", "true");
    // The screen stays with the presenter: the playlist keys do nothing while someone presents.
    await screen.keyboard.press("2");
    await expect(screen.getByTestId("screen-now")).toContainText("Following");

    // The follower pans by hand: following stops, and the presenter's next move no longer reaches them.
    const box = await b.locator(".map-canvas").boundingBox();
    if (!box) throw new Error("the follower's map has no box");
    await b.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await b.mouse.down();
    await b.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2 + 60, { steps: 8 });
    await b.mouse.up();
    await expect(b.getByTestId("rejoin-presenter")).toBeVisible({ timeout: 15_000 });
    // The pan moved the follower's own map (read once its inertia has settled).
    await expect.poll(async () => near(await cameraOf(b), ARAL), { timeout: 20_000 }).toBe(false);
    await moveMap(a, WEST);
    await expectCamera(screen, WEST);
    expect(near(await cameraOf(b), WEST)).toBe(false);
    await expect(a.getByTestId("presenter-bar")).toContainText("1 following", { timeout: 15_000 });

    // Rejoining brings the presenter's current view back.
    await b.getByTestId("rejoin-presenter").click();
    await expectCamera(b, WEST);
    await expect(corridorToggle(b, "COR-02")).toHaveAttribute("aria-pressed", "true");
    await expect(b.getByTestId("presenter-bar")).toContainText(`Following`);

    // The presenter disconnects: the follower is told the presentation ended; the screen returns to its playlist.
    await a.close();
    await expect(b.getByTestId("presentation-notice")).toContainText("has ended", { timeout: 60_000 });
    await expect(b.getByTestId("rejoin-presenter")).toHaveCount(0);
    await expect(screen.getByTestId("screen-now")).not.toHaveAttribute("data-following", /.+/, { timeout: 60_000 });
    await screen.keyboard.press("1");
    await expect(screen.getByTestId("screen-now")).toContainText("1 / 2 Middle Corridor at the Caspian");
    await screen.screenshot({ path: test.info().outputPath("shared-screen.png") });

    await second.close();
    await screenContext.close();
  });
});
