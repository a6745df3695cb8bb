import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS, transportHeaders } from "./lib/web/security-headers";

function allowedOrigins(): string[] {
  try {
    return process.env.NEXTAUTH_URL ? [new URL(process.env.NEXTAUTH_URL).host] : [];
  } catch {
    return [];
  }
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Document images carry personal data: they are served only by the authenticated materials
  // route, never through the image optimizer.
  images: { unoptimized: true },
  serverExternalPackages: ["better-sqlite3", "sharp"],
  experimental: {
    authInterrupts: true,
    // Server actions run only for requests whose Origin is the console's own (NEXTAUTH_URL);
    // forwarded-host headers are dropped by scripts/server.mjs unless a proxy is trusted.
    serverActions: { bodySizeLimit: "1mb", allowedOrigins: allowedOrigins() },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...STATIC_SECURITY_HEADERS, ...Object.entries(transportHeaders()).map(([key, value]) => ({ key, value }))],
      },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
