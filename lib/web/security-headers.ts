// The console's response headers, in one place. The Content-Security-Policy carries a fresh
// nonce per request (set by proxy.ts): only scripts Next marks with it run, never an inline
// script an attacker managed to put on a page.

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes (zoom, rotation of the document viewer): styles stay inline-able.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** HSTS only when the console is served over https (NEXTAUTH_URL says so): never on plain http. */
export function transportHeaders(publicUrl = process.env.NEXTAUTH_URL): Record<string, string> {
  return publicUrl?.startsWith("https://") ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {};
}

/** Every response, pages and API alike. */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
