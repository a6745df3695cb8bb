import { renderDocument } from "@/lib/seed/documents/render-document";
import { DOCUMENT_KINDS } from "@/lib/seed/documents/document-kinds";
import sharp from "sharp";
async function tinted(buf: Buffer, a: number[], b: number[]) {
  const { data, info } = await sharp(buf).greyscale().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.alloc(info.width * info.height * 3);
  for (let i = 0; i < info.width * info.height; i++) for (let c = 0; c < 3; c++) out[i * 3 + c] = Math.max(0, Math.min(255, Math.round(data[i] * a[c] + b[c])));
  return sharp(out, { raw: { width: info.width, height: info.height, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
}
async function stats(buf: Buffer) {
  const { data, info } = await sharp(buf).resize(512, 512, { fit: "inside" }).toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  const n = info.width * info.height; const hist = new Float64Array(256); let sum = 0;
  for (let p = 0, i = 0; p < n; p++, i += info.channels) { const c = Math.max(data[i], data[i+1], data[i+2]) - Math.min(data[i], data[i+1], data[i+2]); hist[c]++; sum += c; }
  const topMean = (frac: number) => { let need = n * frac, acc = 0, s = 0; for (let c = 255; c >= 0 && need > 0; c--) { const take = Math.min(hist[c], need); s += take * c; need -= take; acc += take; } return s / acc; };
  const pct = (q: number) => { let acc = 0; for (let c = 0; c < 256; c++) { acc += hist[c]; if (acc >= n * q) return c; } return 255; };
  return `mean ${(sum/n).toFixed(1).padStart(5)} p95 ${String(pct(0.95)).padStart(3)} p99 ${String(pct(0.99)).padStart(3)} top1% ${topMean(0.01).toFixed(0).padStart(3)} top2% ${topMean(0.02).toFixed(0).padStart(3)} top5% ${topMean(0.05).toFixed(0).padStart(3)}`;
}
for (const kind of DOCUMENT_KINDS) {
  const base = await renderDocument(kind, {variant: 0});
  console.log(kind);
  console.log("   colour ", await stats(base));
  console.log("   grey   ", await stats(await renderDocument(kind, {variant: 0}, {grey: true})));
  console.log("   cast4  ", await stats(await tinted(base, [1, 1, 1], [4, 0, -4])));
  console.log("   sepiaL ", await stats(await tinted(base, [1, 0.98, 0.93], [8, 4, -2])));
  console.log("   sepiaS ", await stats(await tinted(base, [1, 0.96, 0.88], [12, 6, 0])));
  console.log("   blur3  ", await stats(await renderDocument(kind, {variant: 0}, {blurred: true})));
}
// photo-like: smooth colour gradients + noise
const W=1600,H=1200; const raw=Buffer.alloc(W*H*3);
for (let y=0;y<H;y++) for (let x=0;x<W;x++){ const i=(y*W+x)*3; const n=()=> (Math.random()-0.5)*30; raw[i]=Math.max(0,Math.min(255,120+80*Math.sin(x/200)+n())); raw[i+1]=Math.max(0,Math.min(255,110+60*Math.cos(y/150)+n())); raw[i+2]=Math.max(0,Math.min(255,100+50*Math.sin((x+y)/300)+n())); }
const photo = await sharp(raw,{raw:{width:W,height:H,channels:3}}).jpeg({quality:82}).toBuffer();
console.log("photo colour", await stats(photo));
console.log("photo grey  ", await stats(await sharp(photo).greyscale().jpeg().toBuffer()));
console.log("photo sepiaS", await stats(await tinted(photo, [1, 0.96, 0.88], [12, 6, 0])));
