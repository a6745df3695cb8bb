import { requireApiRole } from "@/lib/guards";

export async function GET(_request: Request, _context: { params: Promise<{ id: string; variant: string }> }) {
  const auth = await requireApiRole("reviewer");
  if ("response" in auth) return auth.response;
  return Response.json({ error: "not found" }, { status: 404 });
}
