// The map's build-time configuration as the browser sees it. Next inlines NEXT_PUBLIC_* values
// into the client code when the app is built; apps/web/src/env.ts validates them at that build
// (a public pk.… token, a mapbox:// or https:// style).
import type { MapboxConfig } from "./renderer";

export const mapboxConfig: MapboxConfig = {
  token: process.env.NEXT_PUBLIC_MAPBOX_TOKEN,
  style: process.env.NEXT_PUBLIC_MAPBOX_STYLE,
};
