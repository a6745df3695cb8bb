// Who is asking, as far as the console can tell. Headers a client can set (X-Forwarded-For,
// X-Forwarded-Host, Forwarded, X-Real-IP) are dropped unless TRUST_PROXY says a proxy we run
// sits in front; then the client is the right-most address that proxy chain did not add.
// The result travels to the app in CLIENT_HEADER, which no client can set.

export const CLIENT_HEADER = "x-console-client-ip";
const SPOOFABLE = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** TRUST_PROXY: unset/0 = no proxy; "1" (or "true") = one proxy hop we control; N = N hops. */
export function trustedHops(value) {
  if (value === undefined || value === "" || value === "0" || value === "false") return 0;
  if (value === "true") return 1;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 1;
}

/** Mutates a Node request's headers in place. */
export function sanitizeForwardedHeaders(headers, socketAddress, hops) {
  delete headers[CLIENT_HEADER];
  const socket = socketAddress ?? "unknown";
  if (hops === 0) {
    for (const name of SPOOFABLE) delete headers[name];
    headers["x-forwarded-for"] = socket;
    headers[CLIENT_HEADER] = socket;
    return;
  }
  const forwarded = String(headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  headers[CLIENT_HEADER] = chain[Math.max(0, chain.length - 1 - hops)];
}
