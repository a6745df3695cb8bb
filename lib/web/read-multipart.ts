import { ServiceError } from "@/lib/services/errors";
import { MAX_REQUEST_BYTES } from "@/lib/services/ingest/limits";

/** Reads the body with a hard cap, so a client cannot make the server buffer more than the limit. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new ServiceError("too_large", `the request is ${declared} bytes; the limit is ${limit}`);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ServiceError("too_large", `the request is over the ${limit}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export interface FilingUpload {
  document: unknown;
  files: Map<string, Buffer>;
}

/** multipart/form-data: part `filing` holds the JSON document, every other part is a file. */
export async function readFilingUpload(request: Request): Promise<FilingUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new ServiceError("invalid", "the request must be multipart/form-data", [
      { path: "(request)", message: "expected multipart/form-data with a part named filing" },
    ]);
  }
  const body = await readCapped(request, MAX_REQUEST_BYTES);
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ServiceError("invalid", "the multipart body could not be parsed", [
      { path: "(request)", message: "malformed multipart/form-data" },
    ]);
  }
  const raw = form.get("filing");
  if (raw === null) throw new ServiceError("invalid", "invalid filing", [{ path: "filing", message: "the part named filing is missing" }]);
  const text = typeof raw === "string" ? raw : await raw.text();
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ServiceError("invalid", "invalid filing", [{ path: "filing", message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const files = new Map<string, Buffer>();
  for (const [name, value] of form.entries()) {
    if (name === "filing") continue;
    if (typeof value === "string")
      throw new ServiceError("invalid", "invalid files", [{ path: "materials", message: `part "${name}" is not a file` }]);
    if (files.has(name))
      throw new ServiceError("invalid", "invalid files", [{ path: "materials", message: `part "${name}" was sent twice` }]);
    files.set(name, Buffer.from(await value.arrayBuffer()));
  }
  return { document, files };
}
