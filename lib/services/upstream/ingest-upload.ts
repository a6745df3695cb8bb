import "server-only";
import { getDb } from "@/db/client";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import { ingestFiling, type IngestResult } from "../ingest/ingest";

/** The API's ingestion: the process-wide database and blob store. */
export function ingestUpload(document: unknown, files: ReadonlyMap<string, Buffer>): Promise<IngestResult> {
  return ingestFiling({ db: getDb(), store: getBlobStore() }, document, files);
}
