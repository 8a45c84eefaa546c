// The basemap built into the product: sea as the background, country polygons from world-atlas
// (Natural Earth 1:110m, TopoJSON → GeoJSON: light enough for a quick first idle, detailed enough
// at the regional zooms the board uses), Central Asian states emphasised, country names drawn with
// local fonts (the style has no `glyphs` URL, so MapLibre draws text with the browser's fonts).
// No tiles, sprites, glyphs or any other URL: nothing leaves the app.
import type { FeatureCollection, Geometry } from "geojson";
import type { ExpressionSpecification, StyleSpecification } from "maplibre-gl";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { CENTRAL_ASIA, COUNTRY_POINTS, REGIONAL } from "../places";
import type { Theme } from "../theme";

export const FONT_REGULAR = ["Arial", "Liberation Sans", "DejaVu Sans", "sans-serif"];
export const FONT_BOLD = ["Arial Bold", "Liberation Sans Bold", "DejaVu Sans Bold", "sans-serif"];

function isTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name: string }> }> {
  return typeof value === "object" && value !== null && "type" in value && value.type === "Topology" && "objects" in value;
}

function countriesGeoJson(): FeatureCollection<Geometry, { name: string }> {
  const raw: unknown = atlas;
  if (!isTopology(raw)) throw new Error("world-atlas did not load as TopoJSON");
  return feature(raw, raw.objects.countries);
}

/** Country polygons, converted once per page load (the map module itself loads lazily). */
export const COUNTRIES = countriesGeoJson();

const LABELS: FeatureCollection = {
  type: "FeatureCollection",
  features: Object.entries(COUNTRY_POINTS)
    .filter(([name]) => name !== REGIONAL)
    .map(([name, lonLat]) => ({
      type: "Feature",
      properties: { name, ca: (CENTRAL_ASIA as readonly string[]).includes(name) },
      geometry: { type: "Point", coordinates: [lonLat[0], lonLat[1]] },
    })),
};

export const MAP_COLORS = {
  light: { sea: "#d9e6f0", land: "#f3f2ee", ca: "#fbedc4", border: "#b9bcc1", caBorder: "#9a6b12", label: "#5b6068", caLabel: "#5a3d05", halo: "#ffffff" },
  dark: { sea: "#0e1a25", land: "#262a30", ca: "#3a3320", border: "#454b53", caBorder: "#c99a3b", label: "#a3a9b2", caLabel: "#f2d28c", halo: "#15171a" },
} as const;

/** True for a Central Asian country polygon (a filter on the countries source). */
export const IS_CENTRAL_ASIA: ExpressionSpecification = ["in", ["get", "name"], ["literal", [...CENTRAL_ASIA]]];

export function baseStyle(theme: Theme): StyleSpecification {
  const c = MAP_COLORS[theme];
  const isCa = IS_CENTRAL_ASIA;
  return {
    version: 8,
    name: `Corridor Board ${theme}`,
    sources: {
      countries: { type: "geojson", data: COUNTRIES },
      "country-labels": { type: "geojson", data: LABELS },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": c.sea } },
      { id: "countries-fill", type: "fill", source: "countries", paint: { "fill-color": ["case", isCa, c.ca, c.land] } },
      { id: "countries-line", type: "line", source: "countries", paint: { "line-color": c.border, "line-width": 0.6 } },
      {
        id: "central-asia-line",
        type: "line",
        source: "countries",
        filter: isCa,
        paint: { "line-color": c.caBorder, "line-width": 1.4 },
      },
      {
        id: "country-labels",
        type: "symbol",
        source: "country-labels",
        layout: {
          "text-field": ["upcase", ["get", "name"]],
          "text-font": ["case", ["get", "ca"], ["literal", FONT_BOLD], ["literal", FONT_REGULAR]],
          "text-size": ["case", ["get", "ca"], 12, 10.5],
          "text-letter-spacing": 0.08,
          "text-max-width": 8,
          "symbol-sort-key": ["case", ["get", "ca"], 0, 1],
        },
        paint: {
          "text-color": ["case", ["get", "ca"], c.caLabel, c.label],
          "text-halo-color": c.halo,
          "text-halo-width": 1.2,
        },
      },
    ],
  };
}
