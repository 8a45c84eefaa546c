import { describe, expect, it } from "vitest";
import { chooseRenderer, MAPBOX_STYLES } from "./renderer";

describe("chooseRenderer", () => {
  it("uses MapLibre with the built-in style when no token is configured", () => {
    expect(chooseRenderer({}, "light")).toEqual({ kind: "maplibre" });
    expect(chooseRenderer({ token: "", style: "mapbox://styles/acme/map" }, "dark")).toEqual({ kind: "maplibre" });
    expect(chooseRenderer({ token: "   " }, "dark")).toEqual({ kind: "maplibre" });
  });

  it("uses Mapbox with the light or dark Mapbox style by theme when a public token is configured", () => {
    expect(chooseRenderer({ token: "pk.abc" }, "light")).toEqual({ kind: "mapbox", token: "pk.abc", styleUrl: MAPBOX_STYLES.light });
    expect(chooseRenderer({ token: "pk.abc" }, "dark")).toEqual({ kind: "mapbox", token: "pk.abc", styleUrl: "mapbox://styles/mapbox/dark-v11" });
  });

  it("uses the configured style for both themes", () => {
    const style = "mapbox://styles/acme/corridors";
    expect(chooseRenderer({ token: "pk.abc", style }, "light")).toMatchObject({ kind: "mapbox", styleUrl: style });
    expect(chooseRenderer({ token: "pk.abc", style }, "dark")).toMatchObject({ kind: "mapbox", styleUrl: style });
  });

  it("never hands a secret token to the browser map", () => {
    expect(chooseRenderer({ token: "sk.secret" }, "light")).toEqual({ kind: "maplibre" });
  });
});
