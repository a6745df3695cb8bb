import { Readable } from "node:stream";
import { getDb } from "@/db/client";
import { getMaterialBlobs } from "@/db/queries/materials";
import { parseByteRange } from "@/lib/api/byte-range";
import { requireApiRole } from "@/lib/guards";
import { cleanFullSize } from "@/lib/images/clean-full-size";
import { getBlobStore } from "@/lib/storage/get-blob-store";

export const dynamic = "force-dynamic";

// Content-addressed: the bytes behind a URL never change, but they are personal data, so only
// the reviewer's own browser may cache them.
const CACHE = "private, max-age=31536000, immutable";
const VARIANTS = new Set(["original", "preview", "thumb"]);

export async function GET(request: Request, context: { params: Promise<{ id: string; variant: string }> }) {
  const auth = await requireApiRole("reviewer");
  if ("response" in auth) return auth.response;
  const { id, variant } = await context.params;
  if (!/^\d{1,12}$/.test(id) || !VARIANTS.has(variant)) return Response.json({ error: "not found" }, { status: 404 });
  const material = getMaterialBlobs(getDb(), Number(id));
  if (!material) return Response.json({ error: "not found" }, { status: 404 });
  const store = getBlobStore();
  const headers = { "Cache-Control": CACHE, "X-Content-Type-Options": "nosniff", "Content-Disposition": "inline" };

  if (material.mediaType.startsWith("video/")) {
    if (variant !== "original") return Response.json({ error: "not found" }, { status: 404 });
    const size = material.bytes;
    const range = parseByteRange(request.headers.get("range"), size);
    if (range === "invalid") return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
    const stream = Readable.toWeb(store.createReadStream(material.sha256, range ?? undefined)) as ReadableStream;
    const common = { ...headers, "Content-Type": material.mediaType, "Accept-Ranges": "bytes" };
    return range
      ? new Response(stream, { status: 206, headers: { ...common, "Content-Range": `bytes ${range.start}-${range.end}/${size}`, "Content-Length": String(range.end - range.start + 1) } })
      : new Response(stream, { headers: { ...common, "Content-Length": String(size) } });
  }

  if (variant === "original") {
    // Uploaded originals can carry EXIF and GPS: serve a metadata-free full-size re-encode.
    const clean = await cleanFullSize(await store.get(material.sha256));
    return new Response(new Uint8Array(clean), { headers: { ...headers, "Content-Type": "image/webp" } });
  }
  const sha = variant === "preview" ? material.previewSha256 : material.thumbSha256;
  if (!sha) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(new Uint8Array(await store.get(sha)), { headers: { ...headers, "Content-Type": "image/webp" } });
}
