import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { inLanguage } from "~/components/ui/test-i18n";
import { OneTimeLink } from "./one-time-link";

describe("OneTimeLink", () => {
  beforeEach(() => vi.stubGlobal("window", { location: { origin: "https://board.example" } }));
  afterEach(() => vi.unstubAllGlobals());

  it("shows the link's absolute URL on this site", () => {
    const html = renderToStaticMarkup(inLanguage(<OneTimeLink label="Briefing link" path="/l/abc123" />));
    expect(html).toContain("Briefing link</label>");
    expect(html).toContain('value="https://board.example/l/abc123"');
  });

  it("says to copy it now, after what it grants", () => {
    expect(renderToStaticMarkup(inLanguage(<OneTimeLink label="Briefing link" path="/l/abc" />))).toContain(">Copy it now: it is shown only once.</span>");
    expect(renderToStaticMarkup(inLanguage(<OneTimeLink label="Invitation link" path="/i/abc" note="Grants editor on this board." />))).toContain(
      ">Grants editor on this board. Copy it now: it is shown only once.</span>",
    );
  });

  it("says it in the interface's language", () => {
    expect(renderToStaticMarkup(inLanguage(<OneTimeLink label="Ссылка на брифинг" path="/l/abc" />, "ru"))).toContain(
      ">Скопируйте сейчас: ссылка показывается только один раз.</span>",
    );
  });
});
