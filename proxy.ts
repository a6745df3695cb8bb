import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, transportHeaders } from "@/lib/web/security-headers";

// Two jobs: a per-request CSP nonce for every page (Next applies it to its own scripts when it
// finds the policy on the request), and an early redirect of anonymous visitors to /login. The
// redirect is a convenience only: every page, action and route handler checks the session and
// role itself (lib/web/guards.ts).
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const { pathname, search } = request.nextUrl;

  let response: NextResponse;
  const isLogin = pathname === "/login" || pathname.startsWith("/login/");
  if (!isLogin && !(await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET }))) {
    const login = new URL("/login", request.url);
    if (pathname + search !== "/") login.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [key, value] of Object.entries(transportHeaders())) response.headers.set(key, value);
  return response;
}

export const config = {
  // Not the API (uploads must not be buffered by the proxy; route handlers check their own
  // callers) nor static assets.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
