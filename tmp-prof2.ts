import { renderDocument } from "@/lib/seed/documents/render-document";
import { openUntrustedImage } from "@/lib/images/sharp";
import sharp from "sharp";
const lic = await renderDocument("subject_certificate", {});
const big = await sharp(lic).resize(2000, 1400, {fit: "fill"}).jpeg({quality: 85}).toBuffer();
async function t(name: string, f: () => Promise<unknown>) { for (let i=0;i<3;i++) await f(); const N=20; const s=performance.now(); for (let i=0;i<N;i++) await f(); console.log(name.padEnd(40), ((performance.now()-s)/N).toFixed(1)); }
await t("metadata", () => openUntrustedImage(big).metadata());
await t("decode full raw", () => openUntrustedImage(big).raw().toBuffer());
for (const size of [512, 768, 1024]) for (const kernel of ["lanczos3", "cubic", "linear", "nearest"] as const) {
  await t(`resize ${size} ${kernel}`, () => openUntrustedImage(big).resize(size, size, {fit: "inside", kernel}).flatten({background:"#fff"}).toColourspace("srgb").raw().toBuffer());
}
await t(`resize 768 lanczos no flatten/colourspace`, () => openUntrustedImage(big).resize(768, 768, {fit: "inside"}).raw().toBuffer());
await t(`resize 768 lanczos no autoorient`, () => sharp(big).resize(768, 768, {fit: "inside"}).raw().toBuffer());
