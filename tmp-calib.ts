import { renderDocument } from "@/lib/seed/documents/render-document";
import { DOCUMENT_KINDS } from "@/lib/seed/documents/document-kinds";
import { measureImage } from "@/lib/images/quality";
import sharp from "sharp";
const f = (m: any) => `w${m.width}x${m.height} chroma ${m.chroma.toFixed(1).padStart(5)} lapVar ${m.laplacianVariance.toFixed(0).padStart(6)}`;
async function tinted(buf: Buffer, a: number[], b: number[]) {
  const { data, info } = await sharp(buf).greyscale().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.alloc(info.width * info.height * 3);
  for (let i = 0; i < info.width * info.height; i++) for (let c = 0; c < 3; c++) out[i * 3 + c] = Math.max(0, Math.min(255, Math.round(data[i] * a[c] + b[c])));
  return sharp(out, { raw: { width: info.width, height: info.height, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
}
for (const kind of DOCUMENT_KINDS) {
  const base = await renderDocument(kind, {variant: 0});
  const rows: string[] = [];
  rows.push("colour  " + f(await measureImage(base)));
  rows.push("grey    " + f(await measureImage(await renderDocument(kind, {variant: 0}, {grey: true}))));
  // sepia-ish tinted grey: greyscale then offset channels
  const sepia = await tinted(base, [1, 0.98, 0.93], [8, 4, -2]);
  rows.push("sepia   " + f(await measureImage(sepia)));
  const sepia2 = await tinted(base, [1, 0.96, 0.88], [12, 6, 0]);
  rows.push("sepia2  " + f(await measureImage(sepia2)));
  rows.push("blur3   " + f(await measureImage(await renderDocument(kind, {variant: 0}, {blurred: true}))));
  const b2 = await sharp(base).blur(2).jpeg({quality: 82}).toBuffer();
  rows.push("blur2   " + f(await measureImage(b2)));
  const b15 = await sharp(base).blur(1.5).jpeg({quality: 82}).toBuffer();
  rows.push("blur1.5 " + f(await measureImage(b15)));
  rows.push("small   " + f(await measureImage(await renderDocument(kind, {variant: 0}, {small: true}))));
  rows.push("smallbl " + f(await measureImage(await renderDocument(kind, {variant: 0}, {small: true, blurred: true}))));
  console.log(kind); for (const r of rows) console.log("   ", r);
}
