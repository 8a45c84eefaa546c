import type { NextConfig } from "next";
import { collabPublicUrl, env, mapboxEnabled } from "./src/env.ts";
import { securityHeaders } from "./src/server/security-headers.ts";

const config: NextConfig = {
  // Workspace packages ship raw TypeScript (with .ts extension imports): compile them here.
  transpilePackages: ["@corridor/api", "@corridor/auth", "@corridor/board-doc", "@corridor/collab-token", "@corridor/db", "@corridor/domain", "@corridor/export"],
  // Native drivers and Prisma's runtime are required from node_modules at run time, not bundled.
  // pdfkit reads its font metrics and the DejaVu fonts from their package folders at run time;
  // resvg (the PNG export's rasteriser) loads its prebuilt native binary.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client", "pg", "pdfkit", "svg-to-pdfkit", "dejavu-fonts-ttf", "@resvg/resvg-js"],
  ...(env.NEXT_DIST_DIR ? { distDir: env.NEXT_DIST_DIR } : {}),
  poweredByHeader: false,
  // The map's Mapbox settings, inlined into the browser code even when unset (as ""): a build without
  // a token then has a constant-false condition around the mapbox-gl import(), which the bundler
  // drops (Next leaves an undefined NEXT_PUBLIC_* value as a runtime lookup, keeping the chunk).
  env: {
    NEXT_PUBLIC_MAPBOX_TOKEN: env.NEXT_PUBLIC_MAPBOX_TOKEN ?? "",
    NEXT_PUBLIC_MAPBOX_STYLE: env.NEXT_PUBLIC_MAPBOX_STYLE ?? "",
  },
  reactStrictMode: true,
  async headers() {
    // Evaluated when the app is built: COLLAB_PUBLIC_URL (and NEXT_PUBLIC_MAPBOX_TOKEN, when the map
    // should use Mapbox) must be set at build time for the CSP.
    return [
      {
        source: "/:path*",
        headers: securityHeaders({ collabUrl: collabPublicUrl, dev: env.NODE_ENV === "development", mapbox: mapboxEnabled }),
      },
    ];
  },
};

export default config;
