// The response headers every page and API answer carries. Pure (no env): next.config.ts passes
// the collab socket URL, whether this is the dev server, and whether the map uses Mapbox.

/** The origin a ws(s):// URL connects to, as a CSP source. */
export function socketOrigin(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * What mapbox-gl fetches (styles, sprites, glyphs, tiles from api.mapbox.com and the tile hosts;
 * its usage events to events.mapbox.com), allowed only in a build with a Mapbox token.
 */
export const MAPBOX_CONNECT = ["https://api.mapbox.com", "https://*.tiles.mapbox.com", "https://events.mapbox.com"];

export interface SecurityOptions {
  collabUrl: string;
  dev: boolean;
  /** A Mapbox token is configured: the map loads its basemap from Mapbox. */
  mapbox?: boolean;
}

export function contentSecurityPolicy(options: SecurityOptions): string {
  const mapbox = options.mapbox === true ? MAPBOX_CONNECT : [];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next's inline bootstrap scripts; the dev server's fast refresh also needs eval.
    "script-src": ["'self'", "'unsafe-inline'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    // MapLibre and mapbox-gl draw tiles and sprites from data: and blob: URLs and run their workers from blob:.
    "img-src": ["'self'", "data:", "blob:", ...(options.mapbox === true ? ["https://api.mapbox.com"] : [])],
    "font-src": ["'self'", "data:"],
    "worker-src": ["'self'", "blob:"],
    "child-src": ["'self'", "blob:"],
    "connect-src": ["'self'", socketOrigin(options.collabUrl), ...mapbox, ...(options.dev ? ["ws:"] : [])],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

export function securityHeaders(options: SecurityOptions): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
