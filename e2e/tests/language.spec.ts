// The interface in Russian. The header's EN | RU switch is a plain form (it works before the page's
// JavaScript): the server renders the same page again in Russian, the board's view kept from the
// URL, and the choice is remembered. Without a choice, the browser's language decides.
import { expect, test } from "@playwright/test";

const BOARD_VIEW = "/b/kazakhstan-china-eu?corridor=COR-01&from=2018";

test("the board switches to Russian and back, keeping its view, and remembers the choice", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto(BOARD_VIEW);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Commitments by actor and status" })).toBeVisible();
  await page.getByRole("form", { name: "Interface language" }).getByRole("button", { name: "RU" }).click();
  const switcher = page.getByRole("form", { name: "Язык интерфейса" });

  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page).toHaveURL(BOARD_VIEW);
  await expect(switcher.getByRole("button", { name: "RU" })).toHaveAttribute("aria-pressed", "true");
  const nav = page.getByRole("navigation", { name: "Основная навигация" });
  await expect(nav.getByRole("link", { name: "Обзор" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
  for (const title of ["Обязательства по участникам и статусам", "Хронология отношений", "Динамика показателя", "Сравнение коридоров"]) {
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }
  // Figures in Russian notation; the selection from the URL still applies.
  await expect(page.getByTestId("chart-commitments")).toContainText(/EUR, всего EUR [\d\u00a0,]+ (млрд|млн)/);
  await expect(page.getByRole("button", { name: "Показать данные" }).first()).toBeVisible();
  await expect(page.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-chart="commitments"][data-chart-state="rendered"]')).toBeVisible({ timeout: 30_000 });

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { name: "Хронология отношений" })).toBeVisible();

  await switcher.getByRole("button", { name: "EN" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Relations timeline" })).toBeVisible();
  await expect(page).toHaveURL(BOARD_VIEW);
  // Server and browser rendered the same text in both languages: no hydration mismatch.
  expect(errors.filter((e) => /hydrat|did not match/i.test(e))).toEqual([]);
});

test.describe("without a stored choice", () => {
  test.use({ storageState: { cookies: [], origins: [] }, locale: "ru-RU" });

  test("a Russian browser gets the interface in Russian; the language form refuses other sites", async ({ page, request, baseURL }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();

    const crossSite = await request.post("/api/locale", { form: { locale: "en" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(crossSite.status()).toBe(403);
    const unknown = await request.post("/api/locale", { form: { locale: "de" }, headers: { origin: new URL(baseURL ?? "").origin }, maxRedirects: 0 });
    expect(unknown.status()).toBe(400);
    expect(await unknown.text()).toContain("en or ru");
  });
});
