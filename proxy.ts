import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, sessionTokenFrom } from "@/lib/web/access";
import { contentSecurityPolicy, transportHeaders } from "@/lib/web/security-headers";

// Two jobs: a per-request CSP nonce for every page (Next applies it to its own scripts when it
// finds the policy on the request), and an early redirect of visitors without a session cookie
// to /login. The redirect is a convenience only, so the cookie is not decoded here: every page,
// action and route handler decodes it once and checks session and role itself (lib/web/guards.ts),
// and sends a visitor whose cookie is stale to /login the same way.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const { pathname, search } = request.nextUrl;

  let response: NextResponse;
  const isLogin = pathname === "/login" || pathname.startsWith("/login/");
  if (!isLogin && sessionTokenFrom(request.cookies.getAll()) === undefined) {
    const login = new URL("/login", request.url);
    if (pathname + search !== "/") login.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    headers.set(REQUEST_PATH_HEADER, pathname + search);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [key, value] of Object.entries(transportHeaders())) response.headers.set(key, value);
  return response;
}

export const config = {
  // Not the API (uploads must not be buffered by the proxy; route handlers check their own
  // callers) nor static assets (the tab icon shows on the sign-in page too).
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
