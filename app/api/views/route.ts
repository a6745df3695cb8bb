import { z } from "zod";
import { recordDocumentViews } from "@/lib/services/views/document-views";
import { requireApiRole } from "@/lib/web/guards";
import { jsonError } from "@/lib/web/http-errors";
import { isSameOrigin } from "@/lib/web/same-origin";

export const dynamic = "force-dynamic";

const schema = z.object({
  filingId: z.int().positive(),
  views: z
    .array(z.object({ material: z.int().min(0).max(200), openedAt: z.int().nonnegative(), seconds: z.number().min(0).max(86_400) }))
    .max(50),
});

/** The workspace's beacon: which documents the reviewer had open in the large viewer, and how long. */
export async function POST(request: Request) {
  // A cookie-authenticated POST: refuse other origins (sendBeacon always sends Origin).
  if (!isSameOrigin(request)) return jsonError("forbidden", "cross-origin request refused");
  const auth = await requireApiRole("reviewer");
  if ("response" in auth) return auth.response;
  const parsed = schema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError("invalid", "expected { filingId, views: [{ material, openedAt, seconds }] }");
  const stored = recordDocumentViews(auth.user, parsed.data.filingId, parsed.data.views);
  return Response.json({ stored }, { headers: { "Cache-Control": "no-store" } });
}
