import { Readable } from "node:stream";
import { getMaterialBytes, type MaterialVariant } from "@/lib/services/materials/material-bytes";
import { parseByteRange } from "@/lib/web/byte-range";
import { requireApiRole } from "@/lib/web/guards";
import { jsonError } from "@/lib/web/http-errors";

export const dynamic = "force-dynamic";

// Content-addressed: the bytes behind a URL never change, but they are personal data, so only
// the reviewer's own browser may cache them.
const CACHE = "private, max-age=31536000, immutable";
const VARIANTS = new Set<string>(["original", "preview", "thumb"]);

export async function GET(request: Request, context: { params: Promise<{ id: string; variant: string }> }) {
  const auth = await requireApiRole("reviewer");
  if ("response" in auth) return auth.response;
  const { id, variant } = await context.params;
  if (!/^\d{1,12}$/.test(id) || !VARIANTS.has(variant)) return jsonError("not_found", "not found");
  const material = await getMaterialBytes(Number(id), variant as MaterialVariant);
  if (!material) return jsonError("not_found", "not found");
  const headers = {
    "Cache-Control": CACHE,
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": "inline",
    "Content-Type": material.contentType,
  };
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
