// Which library draws the board's map, decided once from the build's configuration: MapLibre with
// the built-in offline style by default, mapbox-gl with a Mapbox basemap when a Mapbox public token
// was configured. Pure, so the choice is unit-tested; ./env.ts reads the configuration.
import type { Theme } from "../theme";

export interface MapboxConfig {
  token?: string | undefined;
  /** One style for both themes; unset, the Mapbox light or dark style by theme. */
  style?: string | undefined;
}

export const MAPBOX_STYLES: Record<Theme, string> = {
  light: "mapbox://styles/mapbox/light-v11",
  dark: "mapbox://styles/mapbox/dark-v11",
};

export type MapRenderer = { kind: "maplibre" } | { kind: "mapbox"; token: string; styleUrl: string };

export function chooseRenderer(config: MapboxConfig, theme: Theme): MapRenderer {
  const token = config.token?.trim();
  // Only a public token: a secret one (sk.…) must never be sent to browsers (env.ts refuses it at
  // build time; this keeps the browser side from using one if it got here another way).
  if (!token || !token.startsWith("pk.")) return { kind: "maplibre" };
  const style = config.style?.trim();
  return { kind: "mapbox", token, styleUrl: style && style.length > 0 ? style : MAPBOX_STYLES[theme] };
}
