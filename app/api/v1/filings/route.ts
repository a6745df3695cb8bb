import { getDb } from "@/db/client";
import { isIngestAuthorized, unauthorizedResponse } from "@/lib/api/ingest-token";
import { readFilingUpload } from "@/lib/api/read-multipart";
import { ingestFiling } from "@/lib/filings/ingest";
import { IngestError } from "@/lib/filings/ingest-error";
import { getBlobStore } from "@/lib/storage/get-blob-store";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isIngestAuthorized(request)) return unauthorizedResponse();
  try {
    const upload = await readFilingUpload(request);
    const result = await ingestFiling({ db: getDb(), store: getBlobStore() }, upload.document, upload.files);
    return Response.json({ id: String(result.id), externalId: result.externalId, revision: result.revision, violations: result.violations }, { status: 201 });
  } catch (error) {
    if (error instanceof IngestError) return Response.json(error.toJSON(), { status: error.status });
    console.error("ingest failed", error);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
}
