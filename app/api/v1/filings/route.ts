import { ingestUpload } from "@/lib/services/upstream/ingest-upload";
import { handleRouteError } from "@/lib/web/http-errors";
import { isIngestAuthorized, unauthorizedResponse } from "@/lib/web/ingest-token";
import { readFilingUpload } from "@/lib/web/read-multipart";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isIngestAuthorized(request)) return unauthorizedResponse();
  try {
    const upload = await readFilingUpload(request);
    const result = await ingestUpload(upload.document, upload.files);
    return Response.json(
      { id: String(result.id), externalId: result.externalId, revision: result.revision, violations: result.violations },
      { status: 201 },
    );
  } catch (error) {
    return handleRouteError(error, "ingest");
  }
}
