import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// A convenience only: it sends anonymous visitors to the sign-in page early. Every page,
// action and route handler checks the session and role itself (lib/guards.ts).
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/|login|_next/static|_next/image|favicon.ico).*)"],
};
