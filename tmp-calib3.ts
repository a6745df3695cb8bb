import { renderDocument } from "@/lib/seed/documents/render-document";
import { DOCUMENT_KINDS } from "@/lib/seed/documents/document-kinds";
import sharp from "sharp";
async function lap(buf: Buffer, size: number) {
  const { data, info } = await sharp(buf).resize(size, size, { fit: "inside", withoutEnlargement: true }).flatten({background:"#fff"}).toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  const w = info.width, h = info.height, g = new Float32Array(w*h);
  for (let p = 0, i = 0; p < w*h; p++, i += info.channels) g[p] = 0.299*data[i]+0.587*data[i+1]+0.114*data[i+2];
  let s = 0, s2 = 0; for (let y = 1; y < h-1; y++) for (let x = 1; x < w-1; x++) { const i = y*w+x; const l = g[i-w]+g[i+w]+g[i-1]+g[i+1]-4*g[i]; s += l; s2 += l*l; }
  const n = (w-2)*(h-2); return s2/n - (s/n)**2;
}
const sizes = [512, 768, 1024];
const table: Record<string, Record<string, number[]>> = {};
const add = async (group: string, kind: string, buf: Buffer) => { for (const sz of sizes) { (table[group] ??= {})[sz] ??= []; table[group][sz].push(await lap(buf, sz)); } };
for (const kind of DOCUMENT_KINDS) for (const variant of [0, 1]) {
  const base = await renderDocument(kind, {variant});
  const photo = kind === "verification_photo" || kind === "handheld_certificate";
  const g = photo ? "photo" : "doc";
  await add(g + " sharp", kind, base);
  await add(g + " blur1.5", kind, await sharp(base).blur(1.5).jpeg({quality: 82}).toBuffer());
  await add(g + " blur2", kind, await sharp(base).blur(2).jpeg({quality: 82}).toBuffer());
  await add(g + " blur3", kind, await renderDocument(kind, {variant}, {blurred: true}));
  await add(g + " small", kind, await renderDocument(kind, {variant}, {small: true}));
  await add(g + " small+blur3", kind, await renderDocument(kind, {variant}, {small: true, blurred: true}));
}
for (const [g, bySize] of Object.entries(table)) console.log(g.padEnd(18), sizes.map(sz => `${sz}: ${Math.min(...bySize[sz]).toFixed(0)}–${Math.max(...bySize[sz]).toFixed(0)}`).join("   "));
