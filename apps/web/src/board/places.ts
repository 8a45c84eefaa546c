// Where the board places things that carry a country but no coordinates of their own. The fact
// base gives investments by country only, so a commitment is drawn at its country's label point
// (a visual centre inside the country, rounded to a tenth of a degree), a regional Central Asian
// commitment at one regional point, and a global one not at all. The UI says so beside the map.
import type { LonLat } from "@corridor/domain";

export const CENTRAL_ASIA = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"] as const;

/** The fact base's label for commitments to the region as a whole. */
export const REGIONAL = "Central Asia (regional)";

export const COUNTRY_POINTS: Readonly<Record<string, LonLat>> = {
  Kazakhstan: [67.3, 48.2],
  Kyrgyzstan: [74.6, 41.5],
  Tajikistan: [71.0, 38.7],
  Turkmenistan: [58.9, 39.2],
  Uzbekistan: [63.6, 41.6],
  [REGIONAL]: [59.4, 44.1],
  China: [103.0, 35.5],
  Russia: [58.0, 56.5],
  Iran: [54.0, 32.5],
  Afghanistan: [66.0, 33.8],
  Pakistan: [69.5, 29.8],
  Azerbaijan: [47.6, 40.3],
  Georgia: [43.5, 42.1],
  Armenia: [44.9, 40.2],
  Turkey: [35.0, 39.0],
  Mongolia: [103.0, 46.8],
  Ukraine: [31.5, 49.0],
  Belarus: [28.0, 53.5],
  Poland: [19.4, 52.1],
  Germany: [10.4, 51.1],
  Romania: [24.9, 45.9],
  India: [78.5, 22.5],
};

export function isCentralAsian(country: string): boolean {
  return (CENTRAL_ASIA as readonly string[]).includes(country);
}

/** The point a country (or the regional label) is drawn at, or null when the board has none. */
export function placeOf(location: string): LonLat | null {
  return COUNTRY_POINTS[location] ?? null;
}

/** Countries named by a waypoint's country field ("China / Kazakhstan", "Iran / Oman"). */
export function splitCountries(text: string): string[] {
  return text
    .split("/")
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && part !== "international waters");
}
