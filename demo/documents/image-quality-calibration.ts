// The table behind IMAGE_NOT_COLOR's and IMAGE_BLURRY's thresholds
// (lib/domain/images/quality-thresholds.ts): the measures of every demo document kind under
// every capture condition of image-quality-captures.ts, min – max per condition and kind.
//   npx tsx demo/documents/image-quality-calibration.ts [variants=3] [--kinds]
import { measureImage } from "@/lib/domain/images/quality";
import { BLUR_MIN_VARIANCE, GREY_MAX_CHROMA } from "@/lib/domain/images/quality-thresholds";
import { DOCUMENT_KINDS } from "@/demo/documents/document-kinds";
import {
  BLURRED_CONDITIONS,
  captureFor,
  COLOUR_CONDITIONS,
  GREY_CONDITIONS,
  type Condition,
} from "@/demo/documents/image-quality-captures";

const variants = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const byKind = process.argv.includes("--kinds");

type Range = { min: number; max: number; at: string };
const widen = (r: Range | undefined, v: number, at: string): Range =>
  !r ? { min: v, max: v, at } : { min: Math.min(r.min, v), max: Math.max(r.max, v), at: v < r.min ? at : r.at };
const fmt = (r: Range) => `${Math.round(r.min)} – ${Math.round(r.max)}`;

const conditions: Condition[] = [...COLOUR_CONDITIONS, ...GREY_CONDITIONS, ...BLURRED_CONDITIONS];
console.log(`thresholds: chroma < ${GREY_MAX_CHROMA} is grey, Laplacian variance < ${BLUR_MIN_VARIANCE} is blurry`);
console.log("| condition | chroma | lowest at | Laplacian variance | lowest at | grey | blurry |");
console.log("|---|---|---|---|---|---|---|");
for (const condition of conditions) {
  let chroma: Range | undefined;
  let lap: Range | undefined;
  let grey = 0;
  let blurry = 0;
  let n = 0;
  const kinds: string[] = [];
  for (const kind of DOCUMENT_KINDS) {
    let kc: Range | undefined;
    let kl: Range | undefined;
    for (let variant = 0; variant < variants; variant++) {
      const m = await measureImage(await captureFor(kind, variant, condition));
      const at = `${kind}#${variant}`;
      chroma = widen(chroma, m.chroma, at);
      lap = widen(lap, m.laplacianVariance, at);
      kc = widen(kc, m.chroma, at);
      kl = widen(kl, m.laplacianVariance, at);
      n++;
      if (m.chroma < GREY_MAX_CHROMA) grey++;
      if (m.laplacianVariance < BLUR_MIN_VARIANCE) blurry++;
    }
    kinds.push(`    ${kind}: chroma ${fmt(kc!)}, variance ${fmt(kl!)}`);
  }
  console.log(`| ${condition} | ${fmt(chroma!)} | ${chroma!.at} | ${fmt(lap!)} | ${lap!.at} | ${grey}/${n} | ${blurry}/${n} |`);
  if (byKind) console.log(kinds.join("\n"));
}
