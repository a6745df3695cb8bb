import { Readable } from "node:stream";
import { isMaterialVariant } from "@/lib/domain/images/material-url";
import { getMaterialBytes } from "@/lib/services/materials/material-bytes";
import { parseByteRange } from "@/lib/web/byte-range";
import { requireApiRole } from "@/lib/web/guards";
import { jsonError } from "@/lib/web/http-errors";

export const dynamic = "force-dynamic";

// ID cards and licences: never kept by the browser (a signed-out browser must not show them from
// its cache), never embeddable by another origin, never sniffed into something else.
const PERSONAL_DATA_HEADERS = {
  "Cache-Control": "private, no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "Content-Disposition": "inline",
};

export async function GET(request: Request, context: { params: Promise<{ id: string; variant: string }> }) {
  const auth = await requireApiRole("reviewer");
  if ("response" in auth) return auth.response;
  const { id, variant } = await context.params;
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(id) || !isMaterialVariant(variant)) return jsonError("not_found", "not found");
  const material = await getMaterialBytes(auth.user, id, variant);
  if (!material) return jsonError("not_found", "not found");
  const headers = { ...PERSONAL_DATA_HEADERS, "Content-Type": material.contentType };
  if (material.kind === "image") return new Response(material.bytes, { headers });

  const size = material.size;
  const range = parseByteRange(request.headers.get("range"), size);
  if (range === "invalid") return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  const stream = Readable.toWeb(material.open(range ?? undefined)) as ReadableStream;
  const common = { ...headers, "Accept-Ranges": "bytes" };
  return range
    ? new Response(stream, {
        status: 206,
        headers: {
          ...common,
          "Content-Range": `bytes ${range.start}-${range.end}/${size}`,
          "Content-Length": String(range.end - range.start + 1),
        },
      })
    : new Response(stream, { headers: { ...common, "Content-Length": String(size) } });
}
