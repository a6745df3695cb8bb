const BASE = "http://console.invalid";

/**
 * Only same-origin paths: a crafted callbackUrl must not send a reviewer to another site. The
 * value is parsed the way a browser parses it (the WHATWG URL parser drops tabs and newlines,
 * reads "\" as "/"), so "/\t/evil.example" is seen for the "//evil.example" it becomes. What comes
 * back is the re-serialised path, never the raw input: no control characters reach a Location.
 */
export function safeCallbackPath(value: string | undefined | null, fallback = "/filings"): string {
  if (!value || value.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/login") || path.startsWith("/api/")) return fallback;
  return path;
}

/** next-auth's redirect callback: same-origin targets only, whatever form they arrive in. */
export function safeRedirect(url: string, baseUrl: string): string {
  let target: URL;
  try {
    target = new URL(url, baseUrl);
  } catch {
    return `${baseUrl}/filings`;
  }
  if (target.origin !== new URL(baseUrl).origin) return `${baseUrl}/filings`;
  return `${baseUrl}${safeCallbackPath(target.pathname + target.search + target.hash)}`;
}
