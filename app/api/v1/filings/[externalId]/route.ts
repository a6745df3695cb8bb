import { readUpstreamView } from "@/lib/services/upstream/upstream-view";
import { jsonError } from "@/lib/web/http-errors";
import { isIngestAuthorized, unauthorizedResponse } from "@/lib/web/ingest-token";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ externalId: string }> }) {
  if (!isIngestAuthorized(request)) return unauthorizedResponse();
  const { externalId } = await context.params;
  const view = readUpstreamView(externalId);
  if (!view) return jsonError("not_found", `no filing with externalId ${externalId.slice(0, 64)}`);
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
}
