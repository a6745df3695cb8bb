import sharp from "sharp";
import { DEMO_INGEST_TOKEN } from "@/lib/config/console-mode";
import { buildInput } from "@/lib/domain/rules/testing/make-filing";
import { progress } from "@/bench/lib/log";
import type { IngestResult } from "@/bench/lib/result";
import type { RunningServer } from "@/bench/lib/server";
import { percentile, round } from "@/bench/lib/stats";

// Step 6: the ingestion API under load while the server also serves: 4 uploaders, each posting
// a unit filing with 5 document photos, one after another, for 30 s. Every photo is a distinct
// file (a JPEG comment makes its bytes unique), so the server stores and processes each one
// (no deduplication by hash) and the worker queues each for reading, as with real uploads.

const UPLOADERS = 4;
const SECONDS = 30;
const MATERIALS = [
  { kind: "subject_certificate", file: "license.jpg" },
  { kind: "principal_id_front", file: "id-front.jpg" },
  { kind: "principal_id_back", file: "id-back.jpg" },
  { kind: "verification_photo", file: "photo.jpg" },
  { kind: "principal_authorization", file: "authorization.jpg" },
] as const;

export async function runIngest(
  server: RunningServer,
  options: { seconds?: number; uploaders?: number; prefix?: string; documents?: Partial<Record<string, Buffer>> } = {},
): Promise<IngestResult> {
  const seconds = options.seconds ?? SECONDS;
  const uploaders = options.uploaders ?? UPLOADERS;
  const photo = await documentPhoto();
  // Real licence and ID card renders where given (the reader then has real text to read), else the photo.
  const image = (file: string) => options.documents?.[file] ?? photo;
  let sequence = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  progress(`ingest: ${uploaders} uploaders × ${seconds} s, ${MATERIALS.length} documents per filing`);
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const uploader = async () => {
    while (performance.now() < deadline) {
      const n = ++sequence;
      const form = new FormData();
      const document = buildInput("unit", {
        externalId: `BENCH-${options.prefix ?? "INGEST"}-${process.pid}-${n}`,
        submittedAt: new Date().toISOString(),
        materials: MATERIALS.map((m) => ({ ...m })),
      });
      form.append("filing", JSON.stringify(document));
      for (const [i, m] of MATERIALS.entries())
        form.append(
          m.file,
          new Blob([new Uint8Array(unique(image(m.file), `${options.prefix ?? ""}${n}-${i}`))], { type: "image/jpeg" }),
          m.file,
        );
      const t = performance.now();
      try {
        const res = await fetch(`${server.baseUrl}/api/v1/filings`, {
          method: "POST",
          headers: { authorization: `Bearer ${DEMO_INGEST_TOKEN}` },
          body: form,
          signal: AbortSignal.timeout(60_000),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status < 200 || res.status >= 300) {
          non2xx++;
          if (non2xx <= 3) progress(`ingest: HTTP ${res.status}`);
        }
      } catch (error) {
        errors++;
        if (errors <= 3) progress(`ingest: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: uploaders }, uploader));
  const elapsed = (performance.now() - started) / 1000;
  const ok = latencies.length - non2xx;
  return {
    uploaders,
    seconds: round(elapsed, 1),
    documentsPerFiling: MATERIALS.length,
    filings: ok,
    filingsPerSec: round(ok / elapsed, 2),
    p50Ms: round(percentile(latencies, 50), 0),
    p95Ms: round(percentile(latencies, 95), 0),
    non2xx,
    errors,
  };
}

/** A sharp, colourful 1200 × 900 document photo (no image-quality rule fires on it). */
async function documentPhoto(): Promise<Buffer> {
  const width = 1200;
  const height = 900;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const stripe = (Math.floor(x / 12) + Math.floor(y / 12)) % 2 === 0;
      pixels[i] = stripe ? 220 : 30;
      pixels[i + 1] = (x * 255) / width;
      pixels[i + 2] = stripe ? 40 : 200;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** The same JPEG with a comment segment (FF FE) right after its start marker: other bytes, the same picture. */
function unique(jpeg: Buffer, tag: string): Buffer {
  const text = Buffer.from(`bench ${tag}`, "latin1");
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(2 + text.length, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}
