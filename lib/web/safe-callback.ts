/** Only same-origin paths: a crafted callbackUrl must not send a reviewer to another site. */
export function safeCallbackPath(value: string | undefined | null, fallback = "/filings"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/login") || value.startsWith("/api/")) return fallback;
  return value;
}
