// Smoke test of the overview page and the tRPC endpoint, through the real built server.
import { expect, test, type Page } from "@playwright/test";

/** Records every request the page makes and every console error or uncaught exception. */
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

test("overview shows corridors, sourced commitments, the ERICEN conflict and events", async ({ page, baseURL }) => {
  const { requests, errors } = watch(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");

  await expect(page.getByRole("heading", { level: 1, name: "Corridor Board" })).toBeVisible();

  // Corridors.
  const corridors = page.getByRole("region", { name: "Corridors" });
  await expect(corridors.getByRole("heading", { level: 3, name: /Middle Corridor/ })).toBeVisible();

  // A commitment with its EUR figure, status badge and sources.
  const commitments = page.getByRole("region", { name: /Largest commitments/ });
  const table = commitments.getByRole("table");
  const eu = table.locator('tr[data-id="INV-01"]');
  await expect(eu).toContainText("EUR 10 bn");
  await expect(eu.locator(".badge-pledged")).toHaveText(/pledged/i);
  const euSources = eu.getByRole("list", { name: /Sources/ });
  await expect(euSources.getByRole("listitem").first()).toBeVisible();
  const firstLink = euSources.getByRole("link").first();
  await expect(firstLink).toHaveAttribute("href", /^https?:\/\//);
  await expect(firstLink).not.toHaveText("");

  // A figure converted to EUR shows both the original currency and EUR.
  const ericen = table.locator('tr[data-id="INV-05"]');
  await expect(ericen).toContainText("USD 100 m");
  await expect(ericen).toContainText(/EUR \d/);
  // The ERICEN conflict is flagged next to the figure.
  await expect(ericen.getByRole("note")).toContainText(/ERICEN/);
  await expect(ericen.getByRole("note")).toContainText(/USD 50 m|25 m/);

  // Sub-items and context rows are marked.
  await expect(table.locator('tr[data-id="INV-05a"]')).toContainText(/part of INV-05/i);
  await expect(table.locator('tr[data-id="CTX-INV-02"]')).toContainText(/context/i);

  // Latest events.
  const events = page.getByRole("region", { name: /Latest events/ });
  await expect(events.getByRole("listitem").first()).toBeVisible();
  await expect(events.locator("time").first()).toHaveAttribute("datetime", /^\d{4}/);

  // Everything came from the server: no console errors, no client-side API waterfall, and no
  // request to any host but the app's own.
  expect(errors).toEqual([]);
  expect(requests.filter((url) => url.includes("/api/trpc"))).toEqual([]);
  const origin = new URL(baseURL ?? page.url()).origin;
  const foreign = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
});

test("the server-rendered HTML already holds the figures", async ({ request }) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("EUR 10 bn");
  expect(html).toContain("ERICEN");
  expect(response.headers()["x-powered-by"]).toBeUndefined();
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

const trpcGet = (procedure: string, input: unknown) =>
  `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

test("investments.summary answers JSON for good input and 400 with zod paths for bad input", async ({ request }) => {
  const good = await request.get(trpcGet("investments.summary", { groupBy: "status" }));
  expect(good.status()).toBe(200);
  expect(good.headers()["content-type"]).toContain("application/json");
  const body = (await good.json()) as { result?: { data?: { json?: unknown } } };
  expect(body.result?.data?.json).toBeTruthy();

  const bad = await request.get(trpcGet("investments.summary", { groupBy: "planet", from: "2024-13-45" }));
  expect(bad.status()).toBe(400);
  const error = (await bad.json()) as {
    error?: { json?: { data?: { code?: string; zodIssues?: { path: string[] }[] | null } } };
  };
  expect(error.error?.json?.data?.code).toBe("BAD_REQUEST");
  const paths = (error.error?.json?.data?.zodIssues ?? []).map((issue) => issue.path.join("."));
  expect(paths).toEqual(expect.arrayContaining(["groupBy", "from"]));
});
