// The briefing map as SVG: country outlines from world-atlas (bundled, offline), Central Asian
// states emphasised, corridors as coloured lines, chokepoints as diamonds. Equirectangular
// projection fitted to the corridors' extent.
import { geoEquirectangular, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import countriesTopology from "world-atlas/countries-110m.json" with { type: "json" };
import type { BriefingInput } from "./briefing-input.ts";
import { escapeXml } from "./format.ts";

const CENTRAL_ASIA = new Set(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]);

let countries: FeatureCollection<Geometry, { name: string }> | undefined;
function loadCountries() {
  if (!countries) {
    const topology = countriesTopology as unknown as Topology;
    const object = topology.objects.countries;
    if (!object) throw new Error("world-atlas has no countries object");
    countries = feature(topology, object) as unknown as FeatureCollection<Geometry, { name: string }>;
  }
  return countries;
}

export function mapSvg(input: Pick<BriefingInput, "corridors" | "chokepoints">, width: number, height: number): string {
  const lines: FeatureCollection = {
    type: "FeatureCollection",
    features: input.corridors.map((c) => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: c.coordinates } })),
  };
  // Clipped to the frame and rounded to 0.1 px: the world outside the frame is not drawn at all,
  // which keeps the SVG (and the PDF and PNG made from it) small.
  const projection = geoEquirectangular().fitExtent([[10, 10], [width - 10, height - 10]], lines).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const land = loadCountries()
    .features.map((f) => {
      const d = path(f);
      if (!d) return "";
      const emphasised = CENTRAL_ASIA.has(f.properties.name);
      return `<path d="${d}" fill="${emphasised ? "#f4e3c1" : "#e9edf1"}" stroke="#9aa7b4" stroke-width="${emphasised ? 0.9 : 0.4}"/>`;
    })
    .join("");
  const corridors = input.corridors
    .map((c) => {
      const d = path({ type: "LineString", coordinates: c.coordinates });
      return d ? `<path d="${d}" fill="none" stroke="${c.color}" stroke-width="2.2" stroke-linejoin="round"/>` : "";
    })
    .join("");
  const chokepoints = input.chokepoints
    .map((c) => {
      const p = projection(c.lonLat);
      if (!p) return "";
      const [x, y] = p;
      return `<path d="M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z" fill="#c92a2a" stroke="#fff" stroke-width="0.8"/><text x="${x + 7}" y="${y + 3}" font-size="7" font-family="DejaVu Sans" fill="#7a1c1c">${escapeXml(c.name)}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#dbe9f4"/>${land}${corridors}${chokepoints}</svg>`;
}
