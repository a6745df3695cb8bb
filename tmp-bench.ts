import { measureImage } from "@/lib/images/quality";
import { renderDocument } from "@/lib/seed/documents/render-document";
import sharp from "sharp";
const lic = await renderDocument("subject_certificate", {});
const big = await sharp(lic).resize(2000, 1400, {fit: "fill"}).jpeg({quality: 85}).toBuffer();
const photo = await renderDocument("verification_photo", {});
const bigPhoto = await sharp(photo).resize(1400, 2000, {fit: "fill"}).jpeg({quality: 85}).toBuffer();
for (const [n, b] of [["2000x1400 licence", big], ["1400x2000 photo", bigPhoto]] as const) {
  for (let i = 0; i < 3; i++) await measureImage(b);
  const N = 20; const t = performance.now(); for (let i = 0; i < N; i++) await measureImage(b);
  console.log(n, ((performance.now() - t) / N).toFixed(1), "ms", JSON.stringify(await measureImage(b)));
}
