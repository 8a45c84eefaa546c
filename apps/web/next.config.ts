import type { NextConfig } from "next";
import { collabPublicUrl, env } from "./src/env.ts";
import { securityHeaders } from "./src/server/security-headers.ts";

const config: NextConfig = {
  // Workspace packages ship raw TypeScript (with .ts extension imports): compile them here.
  transpilePackages: ["@corridor/api", "@corridor/auth", "@corridor/board-doc", "@corridor/collab-token", "@corridor/db", "@corridor/domain", "@corridor/export"],
  // Native drivers and Prisma's runtime are required from node_modules at run time, not bundled.
  // pdfkit reads its font metrics and the DejaVu fonts from their package folders at run time;
  // resvg (the PNG export's rasteriser) loads its prebuilt native binary.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client", "pg", "pdfkit", "svg-to-pdfkit", "dejavu-fonts-ttf", "@resvg/resvg-js"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // Evaluated when the app is built: COLLAB_PUBLIC_URL must be set at build time for the CSP.
    return [{ source: "/:path*", headers: securityHeaders({ collabUrl: collabPublicUrl, dev: env.NODE_ENV === "development" }) }];
  },
};

export default config;
