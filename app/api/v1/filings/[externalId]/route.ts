import { getDb } from "@/db/client";
import { getUpstreamView } from "@/db/queries/upstream-view";
import { isIngestAuthorized, unauthorizedResponse } from "@/lib/api/ingest-token";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ externalId: string }> }) {
  if (!isIngestAuthorized(request)) return unauthorizedResponse();
  const { externalId } = await context.params;
  const view = getUpstreamView(getDb(), externalId);
  if (!view) return Response.json({ error: `no filing with externalId ${externalId}` }, { status: 404 });
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
}
