import { renderDocument } from "@/lib/seed/documents/render-document";
import { prepareFile } from "@/lib/filings/prepare-files";
import { sniffFile } from "@/lib/images/sniff";
import sharp from "sharp";
const kinds = ["subject_certificate","principal_id_front","principal_id_back","verification_photo", "js_commitment_letter"] as const;
const bufs = await Promise.all(kinds.map(k => renderDocument(k, {variant: 1})));
const blurred = await renderDocument("subject_certificate", {variant: 1}, {blurred: true});
const bp = await renderDocument("verification_photo", {variant: 1}, {blurred: true});
const N = 30;
async function bench(label: string, set: Buffer[], w: number) {
  const t = Date.now();
  let next = 0;
  await Promise.all(Array.from({ length: w }, async () => { while (next < N) { const i = next++; await prepareFile(set[i % set.length], sniffFile(set[i % set.length])!, "x"); } }));
  console.log(label, "window", w, ((Date.now() - t) / N).toFixed(1), "ms/file");
}
await bench("full", bufs, 1);
await bench("full", bufs, 3);
for (const short of [640, 720]) {
  const small = await Promise.all(bufs.map(async b => { const m = await sharp(b).metadata(); const s = short / Math.min(m.width!, m.height!); return sharp(b).resize(Math.round(m.width! * s)).jpeg({ quality: 85 }).toBuffer(); }));
  await bench(`short ${short}`, small, 1);
  await bench(`short ${short}`, small, 3);
  for (const b of [blurred, bp]) {
    const m = await sharp(b).metadata(); const s = short / Math.min(m.width!, m.height!);
    const r = await sharp(b).resize(Math.round(m.width! * s)).jpeg({ quality: 85 }).toBuffer();
    const p = await prepareFile(r, sniffFile(r)!, "x");
    console.log("blurred resized", short, JSON.stringify(p.image!.measures));
  }
}
