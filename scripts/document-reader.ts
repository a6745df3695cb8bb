// One document reader (a child of the worker, see lib/services/documents/reader-pool.ts): reads
// the blob named in each request with the OCR engine and answers with the reading. The engine
// loads once, on the first request.
import "@/scripts/load-env";
import { readDocument } from "@/lib/services/documents/read-document";
import { getBlobStore } from "@/lib/storage/get-blob-store";
import type { ReadRequest } from "@/lib/services/documents/reader-pool";

const store = getBlobStore();

process.on("message", async (request: ReadRequest) => {
  try {
    const reading = await readDocument(await store.get(request.sha256), request.kind);
    process.send?.({ ok: true, reading });
  } catch (error) {
    process.send?.({ ok: false, error: (error as Error).message.slice(0, 500) });
  }
});
// The worker going away takes its readers with it.
process.on("disconnect", () => process.exit(0));
