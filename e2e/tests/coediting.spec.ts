// Co-editing on the board with two real accounts in two browser contexts, through the built web
// app and the collab server: the shared scenario (slider and recomputed figure), the commentary,
// presence, a note pinned on the map, and per-user undo that never takes back the other's change.
import { expect, test, type Page } from "@playwright/test";
import { BOARD_ID, openBoard, secondEditor, trpcMutation } from "./helpers/board-users";

const ASSUMPTION = "eu_pledge_realisation";

const slider = (page: Page) => page.getByTestId(`assumption-${ASSUMPTION}`).locator('input[type="range"]');
const exact = (page: Page) => page.getByTestId(`assumption-${ASSUMPTION}`).locator('input[type="number"]');
const investmentFigure = (page: Page) => page.getByTestId("scenario-investment-total");

test.describe("co-editing on the board", () => {
  test.describe.configure({ timeout: 180_000 });

  test("two editors share the scenario, the commentary, presence, notes, and keep their own undo", async ({ browser, context: owner, baseURL }) => {
    const { second, secondName, secondId } = await secondEditor(browser, owner, baseURL ?? "http://127.0.0.1:3100");
    const a = await owner.newPage();
    const b = await second.newPage();
    await openBoard(a);
    await openBoard(b);

    // Presence: both see two people.
    await expect(a.getByTestId("avatar-stack").locator(".avatar")).toHaveCount(2, { timeout: 20_000 });
    await expect(b.getByTestId("avatar-stack").locator(".avatar")).toHaveCount(2, { timeout: 20_000 });
    await expect(a.getByTestId("avatar-stack").locator(`[data-user="${secondName}"]`)).toBeVisible();

    // The scenario: a slider moved in A moves B's slider and B's recomputed figure.
    const baselineFigure = (await investmentFigure(b).textContent()) ?? "";
    await slider(a).fill("80");
    await expect(exact(b)).toHaveValue("80", { timeout: 15_000 });
    await expect(slider(b)).toHaveValue("80");
    await expect(investmentFigure(b)).not.toHaveText(baselineFigure);
    await expect(investmentFigure(b)).toHaveText((await investmentFigure(a).textContent()) ?? "");
    await expect(b.getByTestId(`assumption-${ASSUMPTION}-edit`)).toContainText("changed by");
    await expect(b.getByRole("columnheader", { name: "Scenario" })).toBeVisible();
    await expect(b.getByRole("columnheader", { name: "Baseline" })).toBeVisible();

    // An exact value typed in B reaches A.
    await exact(b).fill("55");
    await exact(b).press("Enter");
    await expect(exact(a)).toHaveValue("55", { timeout: 15_000 });

    // The commentary: typed in A, appears in B.
    const commentaryA = a.getByTestId("commentary-editor");
    await commentaryA.click();
    await a.keyboard.type("Aktau throughput is the binding constraint.");
    await expect(b.getByTestId("commentary-editor")).toContainText("Aktau throughput is the binding constraint.", { timeout: 15_000 });
    // …with A's caret, labelled with A's name, in B's editor.
    await expect(b.getByTestId("commentary-editor").locator(".collaboration-carets__label")).toHaveCount(1, { timeout: 15_000 });
    const ownerName = (await a.getByTestId("avatar-stack").locator(".avatar").first().getAttribute("data-user")) ?? "";
    await expect(b.getByTestId("commentary-editor").locator(".collaboration-carets__label")).toHaveText(ownerName);

    // A note pinned on the map in A appears in B's list.
    await expect(a.locator('[data-map-state="idle"]')).toBeVisible({ timeout: 60_000 });
    await a.getByRole("button", { name: "Add note on map" }).click();
    await a.getByTestId("add-note-overlay").click({ position: { x: 300, y: 200 } });
    await a.getByLabel(/^Note at/).fill("Argue here: Aktau port capacity");
    await a.getByRole("button", { name: "Pin note" }).click();
    await expect(b.getByTestId("annotations").getByTestId("note")).toContainText("Argue here: Aktau port capacity", { timeout: 15_000 });
    await expect(b.getByTestId("note-marker")).toHaveCount(1, { timeout: 15_000 });

    // Per-user undo: B changes the slider after A's note; A undoes: A's note goes, B's value stays.
    await slider(b).fill("70");
    await expect(exact(a)).toHaveValue("70", { timeout: 15_000 });
    await a.locator("h1").click();
    await a.keyboard.press("Control+z");
    await expect(a.getByTestId("annotations").getByTestId("note")).toHaveCount(0, { timeout: 15_000 });
    await expect(b.getByTestId("annotations").getByTestId("note")).toHaveCount(0, { timeout: 15_000 });
    await expect(exact(a)).toHaveValue("70");
    await expect(exact(b)).toHaveValue("70");

    await a.getByTestId("coedit-section").screenshot({ path: test.info().outputPath("coedit-owner.png") });
    await b.screenshot({ path: test.info().outputPath("coedit-second-full.png"), fullPage: true });

    // Made a viewer, the second user still sees the board live but every editing control is
    // read-only, with the reason.
    const origin = new URL(baseURL ?? "http://127.0.0.1:3100").origin;
    await trpcMutation(owner.request, origin, "members.setRole", { boardId: BOARD_ID, userId: secondId, role: "viewer" });
    await openBoard(b);
    await expect(b.getByText(/You can view this board/)).toBeVisible();
    await expect(slider(b)).toBeDisabled();
    await expect(b.getByTestId("commentary-editor")).toHaveAttribute("contenteditable", "false");
    await expect(b.getByRole("button", { name: "Add note on map" })).toHaveCount(0);
    await slider(a).fill("90");
    await expect(exact(b)).toHaveValue("90", { timeout: 15_000 });
    await b.getByTestId("assumptions-panel").screenshot({ path: test.info().outputPath("coedit-viewer.png") });
    await second.close();
  });
});
