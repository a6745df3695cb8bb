import NextAuth from "next-auth";
import { authOptions } from "@/lib/web/auth-options";

const handler = NextAuth(authOptions);

// After sign-out the browser must not keep the ID cards it showed: the response tells it to
// drop its cache, storage and cookies for this origin (Clear-Site-Data).
async function withClearSiteData(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const response: Response = await handler(request, context);
  const { nextauth } = await context.params;
  if (request.method !== "POST" || nextauth[0] !== "signout") return response;
  const headers = new Headers(response.headers);
  headers.set("Clear-Site-Data", '"cache", "storage"');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { handler as GET, withClearSiteData as POST };
