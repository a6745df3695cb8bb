/**
 * Route handlers get no CSRF protection of their own (server actions do): a cookie-authenticated
 * POST must carry an Origin that is the console's own host. The Host header is the server's view
 * (forwarded-host headers are dropped by scripts/server.mjs unless a proxy is trusted).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
