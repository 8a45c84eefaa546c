// The map-and-chart board through the built server in Debian chromium (WebGL on SwiftShader):
// the map draws the corridors (checked on the rendered features, not the DOM), all four charts
// render data, a click on a corridor filters the charts, a click on a bar filters the map, the
// URL reproduces the view, figures open their sources, and nothing leaves the app's origin.
import { expect, test, type Page } from "@playwright/test";
// The test hooks the board exposes with ?e2e=1 (window.__corridorMap, window.__corridorCharts).
import "./helpers/test-hooks";

const BOARD = "/b/kazakhstan-china-eu";
const CHARTS = ["commitments", "timeline", "indicator", "corridors"] as const;

/** The board URL with the test hooks on (window.__corridorMap / __corridorCharts). */
function boardUrl(query = ""): string {
  const params = new URLSearchParams(query);
  params.set("e2e", "1");
  return `${BOARD}?${params.toString()}`;
}

/** Records every request and every console error or uncaught exception. */
function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { requests, errors };
}

async function waitForBoard(page: Page) {
  await expect(page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
  for (const name of CHARTS) {
    await expect(page.locator(`[data-chart="${name}"][data-chart-state="rendered"]`)).toBeVisible({ timeout: 30_000 });
  }
}

/** Corridor ids drawn on the map, from the rendered features of the line layers. */
function renderedCorridors(page: Page) {
  return page.evaluate(() => {
    const map = window.__corridorMap;
    if (!map) return [];
    const features = map.queryRenderedFeatures({ layers: ["corridor-land", "corridor-sea"] });
    return [...new Set(features.map((f) => String(f.properties.corridorId)))].sort();
  });
}

/** Places with commitment circles on the map, with their counted EUR. */
function renderedPlaces(page: Page) {
  return page.evaluate(() => {
    const map = window.__corridorMap;
    if (!map) return [];
    return map
      .queryRenderedFeatures({ layers: ["places"] })
      .map((f) => ({ place: String(f.properties.place), totalEur: Number(f.properties.totalEur) }))
      .sort((a, b) => a.place.localeCompare(b.place));
  });
}

/** The commitments chart's values by "actor|status" (own money, not nested). */
function commitmentValues(page: Page) {
  return page.evaluate(() => {
    const chart = window.__corridorCharts?.commitments;
    const option = chart?.getOption() as { series?: { id?: string; data?: { id?: string; value?: unknown }[] }[] } | undefined;
    const values: Record<string, number> = {};
    for (const series of option?.series ?? []) {
      for (const datum of series.data ?? []) {
        if (datum.id && typeof datum.value === "number") values[datum.id] = datum.value;
      }
    }
    return values;
  });
}

test.describe("board", () => {
  // WebGL on SwiftShader and four charts on a shared two-core machine: give the board time.
  test.describe.configure({ timeout: 120_000 });

  test("draws the corridors on the map and renders every chart with data, all from the app's own origin", async ({ page, baseURL }) => {
    const { requests, errors } = watch(page);
    await page.goto(boardUrl());
    await expect(page.getByRole("heading", { level: 1, name: "Kazakhstan between China and the EU" })).toBeVisible();
    await waitForBoard(page);

    await expect(page.locator('[data-testid="board-map"] canvas')).toBeVisible();
    expect(await renderedCorridors(page)).toEqual(expect.arrayContaining(["COR-01", "COR-02", "COR-03", "COR-05"]));
    // Sea legs are drawn dashed on their own layer (the Caspian and Black Sea crossings among them).
    const seaLegs = await page.evaluate(() => window.__corridorMap?.queryRenderedFeatures({ layers: ["corridor-sea"] }).length ?? 0);
    expect(seaLegs).toBeGreaterThan(0);
    // Chokepoints, commitments and events are drawn too.
    for (const layer of ["chokepoints", "places", "events"]) {
      const count = await page.evaluate((id) => window.__corridorMap?.queryRenderedFeatures({ layers: [id] }).length ?? 0, layer);
      expect(count, layer).toBeGreaterThan(0);
    }

    for (const name of CHARTS) {
      const points = await page.evaluate((chartName) => {
        const option = window.__corridorCharts?.[chartName]?.getOption() as { series?: { data?: unknown[] }[] } | undefined;
        return (option?.series ?? []).reduce((n, s) => n + (s.data?.length ?? 0), 0);
      }, name);
      expect(points, name).toBeGreaterThan(0);
    }

    // The server rendered the figures: the data tables exist before any chart library loads.
    const html = await (await page.request.get(boardUrl())).text();
    expect(html).toContain("Commitments by actor and status");
    expect(html).toContain("EUR 10 bn");

    const origin = new URL(baseURL ?? page.url()).origin;
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a click on a corridor filters the charts and a click on a bar filters the map; the URL reproduces the view", async ({ page }) => {
    await page.goto(boardUrl());
    await waitForBoard(page);
    const before = await commitmentValues(page);
    expect(before["EU|pledged"]).toBeGreaterThan(100e9);

    // Click on the Middle Corridor's line: a point on one of its segments where it is the top feature.
    const target = await page.evaluate(() => {
      const map = window.__corridorMap;
      if (!map) return null;
      const lines = map.querySourceFeatures("corridors", { filter: ["==", ["get", "corridorId"], "COR-01"] });
      for (const line of lines) {
        const [a, b] = line.geometry.coordinates;
        if (!a || !b) continue;
        for (const t of [0.5, 0.35, 0.65]) {
          const lngLat: [number, number] = [(a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)), (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0))];
          const p = map.project(lngLat);
          const top = map.queryRenderedFeatures([p.x, p.y], {
            layers: ["chokepoints", "events", "places", "waypoints", "corridor-hit"],
          })[0];
          if (top?.layer.id === "corridor-hit" && top.properties.corridorId === "COR-01") return { x: p.x, y: p.y };
        }
      }
      return null;
    });
    expect(target).not.toBeNull();
    const canvas = page.locator('[data-testid="board-map"] canvas');
    await canvas.click({ position: { x: target?.x ?? 0, y: target?.y ?? 0 } });

    await expect(page).toHaveURL(/corridor=COR-01/);
    await expect(page.getByRole("button", { name: /Middle Corridor/, pressed: true })).toBeVisible();
    await expect(page.getByTestId("side-panel").getByRole("heading", { level: 2 })).toContainText("Trans-Caspian");
    // The charts now show what concerns the corridor's countries: the global EU pledge drops out.
    await expect.poll(async () => (await commitmentValues(page))["EU|pledged"] ?? 0).toBeLessThan(before["EU|pledged"] ?? 0);

    // Click China's signed bar in the commitments chart: the map keeps only those commitments.
    const bar = await page.evaluate(() => {
      const chart = window.__corridorCharts?.commitments;
      const option = chart?.getOption() as { series?: { id?: string; data?: { id?: string; value?: unknown }[] }[] } | undefined;
      const signed = option?.series?.find((s) => s.id === "signed");
      const datum = signed?.data?.find((d) => d.id === "China|signed");
      if (!chart || typeof datum?.value !== "number") return null;
      const pixel = chart.convertToPixel({ seriesId: "signed" }, [datum.value / 2, "China"]);
      return Array.isArray(pixel) ? { x: Number(pixel[0]), y: Number(pixel[1]) } : null;
    });
    expect(bar).not.toBeNull();
    await page.locator('[data-chart="commitments"]').click({ position: { x: bar?.x ?? 0, y: bar?.y ?? 0 } });

    await expect(page).toHaveURL(/actor=China/);
    await expect(page).toHaveURL(/status=signed/);
    await expect(page.getByRole("button", { name: "Remove filter Actor: China" })).toBeVisible();
    await expect.poll(async () => (await renderedPlaces(page)).map((p) => p.place)).toEqual(["Kazakhstan"]);
    const [kazakhstan] = await renderedPlaces(page);
    expect(kazakhstan?.totalEur).toBeGreaterThan(19e9);

    // Reload: the URL alone reproduces the view.
    const url = page.url();
    const values = await commitmentValues(page);
    await page.reload();
    await waitForBoard(page);
    expect(page.url()).toBe(url);
    await expect(page.getByRole("button", { name: /Middle Corridor/, pressed: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove filter Status: signed" })).toBeVisible();
    await expect.poll(async () => (await renderedPlaces(page)).map((p) => p.place)).toEqual(["Kazakhstan"]);
    await expect.poll(() => commitmentValues(page)).toEqual(values);
    await expect(page.getByTestId("side-panel")).toContainText("China");
  });

  test("a figure opens its sources; disputed figures and context rows are marked", async ({ page }) => {
    await page.goto(boardUrl());
    await waitForBoard(page);
    const commitments = page.getByTestId("chart-commitments");
    await commitments.getByRole("button", { name: "Show data" }).click();
    await expect(commitments.getByRole("table")).toBeVisible();
    await commitments.getByRole("button", { name: /^EIB MoU: .*show sources/ }).click();

    const panel = page.getByTestId("side-panel");
    await expect(panel.getByRole("heading", { level: 2 })).toContainText("EUR");
    const sources = panel.getByRole("list", { name: /Sources for EIB MoU/ });
    await expect(sources.getByRole("listitem").first()).toBeVisible();
    await expect(sources.getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);
    await expect(sources.locator(".publisher").first()).not.toBeEmpty();

    // The ERICEN amount is disputed (DQ-01): the commitment's panel says so next to its sources.
    await page.goto(boardUrl("panel=inv:INV-05"));
    await expect(panel.getByRole("note")).toContainText("ERICEN");
    await expect(panel.getByRole("list", { name: "Sources for INV-05" }).getByRole("listitem").first()).toBeVisible();

    // Context rows (not in the seed) are marked and can be left out.
    await page.goto(boardUrl());
    await waitForBoard(page);
    await commitments.getByRole("button", { name: "Show data" }).click();
    await expect(commitments.getByRole("table")).toContainText("Context");
    await page.getByLabel("Include context rows").uncheck();
    await expect(page).toHaveURL(/ctx=0/);
    await expect(commitments.getByRole("table")).not.toContainText("CTX-INV-02");
  });

  test("tolerates bad URL parameters and keeps the good ones", async ({ page }) => {
    const { errors } = watch(page);
    await page.goto(boardUrl("from=abc&to=2023&status=maybe&status=MoU&corridor=%3Cscript%3E&panel=bogus"));
    await waitForBoard(page);
    await expect(page.getByRole("button", { name: "Remove filter Status: MoU" })).toBeVisible();
    await expect(page.getByLabel("To year")).toHaveValue("2023");
    expect(errors).toEqual([]);
  });
});
