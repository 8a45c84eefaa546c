// Co-editing on the charts with two real accounts in two browser contexts of different window
// sizes (so their charts differ in pixels): one user's pointer over a chart appears over the other's
// same chart AT THE SAME DATA VALUE, and a note pinned to a bar appears on the other's chart at that
// bar, in the notes list, and focuses the chart from the list. Outside "add note" mode a click on a
// bar still filters the board.
import { expect, test, type Page } from "@playwright/test";
import { openBoard, secondEditor } from "./helpers/board";
import "./helpers/test-hooks";

const CHART = "commitments";

interface DataPosition {
  value: number;
  category: string;
}

/** What a pixel of the commitments chart reads as in data (x value, actor), on this page's chart. */
async function dataAt(page: Page, pixel: { x: number; y: number }): Promise<DataPosition | null> {
  return page.evaluate(
    ({ chartName, x, y }) => {
      const chart = window.__corridorCharts?.[chartName];
      const option = chart?.getOption() as { yAxis?: { data?: string[] }[] } | undefined;
      const raw = chart?.convertFromPixel({ gridIndex: 0 }, [x, y]);
      if (!Array.isArray(raw)) return null;
      const category = option?.yAxis?.[0]?.data?.[Number(raw[1])];
      return typeof category === "string" ? { value: Number(raw[0]), category } : null;
    },
    { chartName: CHART, ...pixel },
  );
}

/** The middle of China's signed bar (the stack below it included), in chart pixels. */
async function chinaSignedBar(page: Page): Promise<{ x: number; y: number; xMax: number }> {
  const bar = await page.evaluate((chartName) => {
    const chart = window.__corridorCharts?.[chartName];
    const option = chart?.getOption() as { series?: { id?: string; data?: { value?: unknown }[] }[]; yAxis?: { data?: string[] }[]; xAxis?: { max?: unknown }[] } | undefined;
    const row = option?.yAxis?.[0]?.data?.indexOf("China") ?? -1;
    const order = ["pledged", "MoU", "signed"];
    let below = 0;
    let own = 0;
    for (const id of order) {
      const value = option?.series?.find((s) => s.id === id)?.data?.[row]?.value;
      const amount = typeof value === "number" ? value : 0;
      if (id === "signed") own = amount;
      else below += amount;
    }
    if (!chart || row === -1 || own <= 0) return null;
    const pixel = chart.convertToPixel({ gridIndex: 0 }, [below + own / 2, row]);
    return Array.isArray(pixel) ? { x: Number(pixel[0]), y: Number(pixel[1]), xMax: below + own } : null;
  }, CHART);
  expect(bar, "China's signed bar is drawn").not.toBeNull();
  return bar ?? { x: 0, y: 0, xMax: 0 };
}

/** A layer item's position inside the chart (its left/top are the data point's pixel). */
async function layerPixel(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const style = await page.locator(`[data-testid="chart-layer-${CHART}"] ${selector}`).first().evaluate((element) => {
    const item = element.closest(".chart-layer-item");
    return item instanceof HTMLElement ? { x: parseFloat(item.style.left), y: parseFloat(item.style.top) } : null;
  });
  expect(style).not.toBeNull();
  return style ?? { x: 0, y: 0 };
}

async function waitForChart(page: Page) {
  await expect(page.locator(`[data-chart="${CHART}"]`)).toHaveAttribute("data-chart-state", "rendered", { timeout: 60_000 });
}

test.describe("co-editing on the charts", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a pointer and a note on a chart datum reach the other user at the same data value", async ({ browser, context: owner, baseURL }) => {
    const { second } = await secondEditor(browser, owner, baseURL ?? "http://127.0.0.1:3100", { name: "Chart Second", viewport: { width: 1800, height: 1100 } });
    const a = await owner.newPage();
    await a.setViewportSize({ width: 1180, height: 900 });
    const b = await second.newPage();
    await openBoard(a, "?e2e=1");
    await openBoard(b, "?e2e=1");
    await waitForChart(a);
    await waitForChart(b);
    const ownerName = (await a.getByTestId("avatar-stack").locator(".avatar").first().getAttribute("data-user")) ?? "";
    const sizeA = await a.locator(`[data-chart="${CHART}"]`).boundingBox();
    const sizeB = await b.locator(`[data-chart="${CHART}"]`).boundingBox();
    expect(sizeA && sizeB && Math.abs(sizeA.width - sizeB.width)).toBeGreaterThan(40);

    // A points at China's signed bar: B sees A's cursor over B's own commitments chart…
    const barA = await chinaSignedBar(a);
    const chartA = a.locator(`[data-chart="${CHART}"]`);
    await chartA.scrollIntoViewIfNeeded();
    const boxA = await chartA.boundingBox();
    if (!boxA) throw new Error("no chart box");
    await a.mouse.move(boxA.x + barA.x - 20, boxA.y + barA.y + 4);
    await a.mouse.move(boxA.x + barA.x, boxA.y + barA.y + 4, { steps: 4 });
    const pointedA = await dataAt(a, { x: barA.x, y: barA.y + 4 });
    expect(pointedA?.category).toBe("China");
    const cursorB = b.locator(`[data-testid="chart-layer-${CHART}"] [data-testid="remote-cursor"][data-user="${ownerName}"]`);
    await expect(cursorB).toBeVisible({ timeout: 15_000 });
    // …at the same data value (same actor row, same EUR amount within a pixel or two of B's axis),
    // although B's chart is a different size.
    await expect
      .poll(async () => {
        const at = await dataAt(b, await layerPixel(b, '[data-testid="remote-cursor"]'));
        return at && pointedA ? { category: at.category, close: Math.abs(at.value - pointedA.value) / barA.xMax < 0.03 } : null;
      })
      .toEqual({ category: "China", close: true });
    // Leaving the chart takes the cursor away.
    await a.mouse.move(boxA.x - 30, boxA.y - 30);
    await expect(cursorB).toHaveCount(0, { timeout: 15_000 });

    // A pins a note on the bar in "add note" mode.
    await a.getByRole("button", { name: "Add note", exact: true }).click();
    await expect(a.getByTestId(`chart-layer-${CHART}`)).toHaveAttribute("data-note-mode", "true");
    await chartA.click({ position: { x: barA.x, y: barA.y } });
    await a.getByLabel("Note on China · Signed").fill("Signed, but the disbursement schedule is unclear");
    await a.getByRole("button", { name: "Pin note" }).click();
    // The click pinned a note instead of filtering the board.
    await expect(a).not.toHaveURL(/status=signed/);

    // B sees it live: in the list, with where it is pinned, and as a pin on B's chart at that bar.
    const noteB = b.getByTestId("annotations").getByTestId("note").filter({ hasText: "Signed, but the disbursement schedule is unclear" });
    await expect(noteB).toBeVisible({ timeout: 15_000 });
    await expect(noteB).toContainText("Commitments chart · China · Signed");
    await expect(b.getByTestId(`chart-layer-${CHART}`).getByTestId("chart-note-marker")).toHaveCount(1, { timeout: 15_000 });
    const barB = await chinaSignedBar(b);
    const pinB = await layerPixel(b, '[data-testid="chart-note-marker"]');
    expect((await dataAt(b, { x: pinB.x - 2, y: pinB.y }))?.category).toBe("China");
    // The pin sits at the end of the bar (the stack's end in B's own pixels).
    const barEndB = await b.evaluate(
      ({ chartName, value }) => {
        const pixel = window.__corridorCharts?.[chartName]?.convertToPixel({ gridIndex: 0 }, [value, "China"]);
        return Array.isArray(pixel) ? Number(pixel[0]) : null;
      },
      { chartName: CHART, value: barB.xMax },
    );
    expect(Math.abs(pinB.x - (barEndB ?? -1000))).toBeLessThan(2);

    // B replies in the thread; A sees the reply; B resolves it and the pin goes away for both.
    await noteB.getByRole("button").first().click();
    await expect(b.getByTestId(`chart-layer-${CHART}`).getByTestId("chart-note-focus")).toBeVisible();
    await b.getByTestId("note-thread").getByPlaceholder("Reply…").fill("Agreed: I'll ask the ministry");
    await b.getByTestId("note-thread").getByRole("button", { name: "Reply" }).click();
    const noteA = a.getByTestId("annotations").getByTestId("note").filter({ hasText: "Signed, but the disbursement schedule is unclear" });
    await expect(noteA).toContainText("1 reply", { timeout: 15_000 });
    await expect(a.getByTestId(`chart-layer-${CHART}`).getByTestId("chart-note-marker")).toHaveText("2");
    await b.screenshot({ path: test.info().outputPath("chart-note-second.png"), fullPage: true });
    await b.getByTestId("note-thread").getByRole("button", { name: "Resolve" }).click();
    await expect(a.getByTestId(`chart-layer-${CHART}`).getByTestId("chart-note-marker")).toHaveCount(0, { timeout: 15_000 });

    // The keyboard path, on another chart: choose a corridor in the comparison, pin a note to it.
    await a.getByRole("button", { name: "Add note", exact: true }).click();
    const picker = a.getByTestId("chart-layer-corridors").getByLabel("Click a bar or point, or choose:");
    await picker.selectOption({ index: 1 });
    const corridor = ((await picker.locator("option:checked").textContent()) ?? "").trim();
    await a.getByTestId("chart-corridors").screenshot({ path: test.info().outputPath("chart-note-mode.png") });
    expect(corridor).not.toBe("");
    await a.getByTestId("chart-layer-corridors").getByRole("button", { name: "Pin here" }).press("Enter");
    await a.getByLabel(`Note on ${corridor}`).fill("Capacity figure needs a second source");
    await a.getByLabel(`Note on ${corridor}`).press("Tab");
    await a.keyboard.press("Enter");
    const corridorNoteB = b.getByTestId("annotations").getByTestId("note").filter({ hasText: "Capacity figure needs a second source" });
    await expect(corridorNoteB).toContainText(`Corridor comparison · ${corridor}`, { timeout: 15_000 });
    await expect(b.getByTestId("chart-layer-corridors").getByTestId("chart-note-marker")).toHaveCount(1, { timeout: 15_000 });
    await corridorNoteB.getByRole("button").first().click();
    await expect(b.getByTestId("chart-layer-corridors").getByTestId("chart-note-focus")).toBeVisible();
    await corridorNoteB.getByRole("button", { name: "Resolve" }).click();
    await expect(a.getByTestId("chart-layer-corridors").getByTestId("chart-note-marker")).toHaveCount(0, { timeout: 15_000 });

    // Outside "add note" mode, a click on the bar filters the board as before.
    await chartA.click({ position: { x: barA.x, y: barA.y } });
    await expect(a).toHaveURL(/status=signed/);
    await expect(a).toHaveURL(/actor=China/);
    await second.close();
  });
});
