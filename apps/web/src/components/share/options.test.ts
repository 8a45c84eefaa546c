import { describe, expect, it } from "vitest";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { absoluteLink, describeExpiry, isRole } from "./options";

describe("share options", () => {
  it("recognises roles", () => {
    expect(isRole("editor")).toBe(true);
    expect(isRole("admin")).toBe(false);
  });
  it("builds absolute links on this origin", () => {
    expect(absoluteLink("http://127.0.0.1:3100", "/invite/abc.def")).toBe("http://127.0.0.1:3100/invite/abc.def");
  });
  it("words the expiry", () => {
    const t = createTranslator(en, "en");
    const now = new Date("2025-01-01T00:00:00Z");
    expect(describeExpiry(new Date("2025-01-08T00:00:00Z"), now, t)).toBe("expires in 7 days");
    expect(describeExpiry(new Date("2025-01-01T05:00:00Z"), now, t)).toBe("expires in 5 hours");
    expect(describeExpiry(new Date("2025-01-01T01:00:00Z"), now, t)).toBe("expires in 1 hour");
    expect(describeExpiry(new Date("2024-12-31T22:00:00Z"), now, t)).toBe("expired 2 hours ago");
    expect(describeExpiry(new Date("2025-01-01T00:10:00Z"), now, t)).toBe("expires in less than an hour");
  });
  it("words the expiry in Russian with its plural forms", () => {
    const t = createTranslator(ru, "ru", en);
    const now = new Date("2025-01-01T00:00:00Z");
    expect(describeExpiry(new Date("2025-01-08T00:00:00Z"), now, t)).toBe("истекает через 7 дней");
    expect(describeExpiry(new Date("2025-01-03T00:00:00Z"), now, t)).toBe("истекает через 2 дня");
    expect(describeExpiry(new Date("2025-01-01T01:00:00Z"), now, t)).toBe("истекает через 1 час");
    expect(describeExpiry(new Date("2024-12-31T22:00:00Z"), now, t)).toBe("истекла 2 часа назад");
    expect(describeExpiry(new Date("2024-12-31T23:50:00Z"), now, t)).toBe("истекла менее часа назад");
  });
});
