import { renderDocument } from "@/lib/seed/documents/render-document";
import { DOCUMENT_KINDS } from "@/lib/seed/documents/document-kinds";
import { measureImage } from "@/lib/images/quality";
import sharp from "sharp";
async function mapRgb(buf: Buffer, fn: (g: number, c: number) => number) {
  const { data, info } = await sharp(buf).greyscale().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.alloc(info.width * info.height * 3);
  for (let i = 0; i < info.width * info.height; i++) for (let c = 0; c < 3; c++) out[i * 3 + c] = Math.max(0, Math.min(255, Math.round(fn(data[i], c))));
  return sharp(out, { raw: { width: info.width, height: info.height, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
}
const gauss = () => { let u = 0, v = 0; while (!u) u = Math.random(); v = Math.random(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); };
const groups: Record<string, { chroma: number[]; lap: number[]; who: string[] }> = {};
const add = async (g: string, who: string, buf: Buffer) => { const m = await measureImage(buf); const e = (groups[g] ??= { chroma: [], lap: [], who: [] }); e.chroma.push(m.chroma); e.lap.push(m.laplacianVariance); e.who.push(who); };
for (const kind of DOCUMENT_KINDS) for (const variant of [0, 1, 2]) {
  const d = { variant, gender: variant === 1 ? "女" as const : "男" as const };
  const base = await renderDocument(kind, d);
  const photo = kind === "verification_photo" || kind === "handheld_certificate";
  const cls = photo ? "photo" : "doc";
  await add(`colour ${cls} sharp`, kind, base);
  await add(`colour ${cls} blur3`, kind, await renderDocument(kind, d, { blurred: true }));
  await add(`colour ${cls} blur2`, kind, await sharp(base).blur(2).jpeg({ quality: 82 }).toBuffer());
  await add(`colour ${cls} small`, kind, await renderDocument(kind, d, { small: true }));
  await add(`grey ${cls} (1-band jpeg)`, kind, await renderDocument(kind, d, { grey: true }));
  await add(`grey ${cls} rgb jpeg`, kind, await mapRgb(base, (g) => g));
  await add(`grey ${cls} cast ±4`, kind, await mapRgb(base, (g, c) => g + [4, 0, -4][c]));
  await add(`grey ${cls} sepia light`, kind, await mapRgb(base, (g, c) => g * [1, 0.98, 0.93][c] + [8, 4, -2][c]));
  await add(`grey ${cls} sepia strong`, kind, await mapRgb(base, (g, c) => g * [1, 0.96, 0.88][c] + [12, 6, 0][c]));
  await add(`grey ${cls} yellowed paper`, kind, await mapRgb(base, (g, c) => g * [0.96, 0.92, 0.82][c]));
  await add(`grey ${cls} + colour noise σ4`, kind, await mapRgb(base, (g) => g + 4 * gauss()));
}
// photo-like colour image with noise
for (let k = 0; k < 3; k++) {
  const W = 2000, H = 1400, raw = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) { const i = (y * W + x) * 3; const n = 12 * gauss();
    raw[i] = Math.max(0, Math.min(255, 120 + 80 * Math.sin(x / (150 + 50 * k)) + n)); raw[i + 1] = Math.max(0, Math.min(255, 110 + 60 * Math.cos(y / 120) + n + 4 * gauss())); raw[i + 2] = Math.max(0, Math.min(255, 100 + 50 * Math.sin((x + y) / 300) + n)); }
  const photo = await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
  await add("colour noisy photo sharp", "synthetic", photo);
  await add("colour noisy photo blur3", "synthetic", await sharp(photo).blur(3).jpeg({ quality: 82 }).toBuffer());
  await add("grey noisy photo", "synthetic", await sharp(photo).greyscale().jpeg({ quality: 82 }).toBuffer());
}
const r = (a: number[]) => `${Math.min(...a).toFixed(1)}–${Math.max(...a).toFixed(1)}`;
for (const [g, e] of Object.entries(groups)) {
  const lo = e.who[e.chroma.indexOf(Math.min(...e.chroma))], hi = e.who[e.chroma.indexOf(Math.max(...e.chroma))];
  console.log(g.padEnd(34), "chroma", r(e.chroma).padEnd(12), `(${lo}/${hi})`.padEnd(50), "lapVar", r(e.lap), `(min ${e.who[e.lap.indexOf(Math.min(...e.lap))]}, max ${e.who[e.lap.indexOf(Math.max(...e.lap))]})`);
}
