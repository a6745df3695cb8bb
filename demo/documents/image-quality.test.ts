import { describe, expect, it } from "vitest";
import { measureImage } from "@/lib/domain/images/quality";
import { BLUR_MIN_VARIANCE, GREY_MAX_CHROMA } from "@/lib/domain/images/quality-thresholds";
import type { DocumentKind } from "@/demo/documents/document-kinds";
import { captureFor, type Condition } from "@/demo/documents/image-quality-captures";

// IMAGE_NOT_COLOR and IMAGE_BLURRY on realistic uploads (image-quality-captures.ts), both ways:
// pale cards, passports, letters whose only colour is a seal, phone photos of a flat portrait —
// colour and sharp; greyscale scans however tinted — grey; really blurred scans and photos —
// blurry. The full table: `npx tsx demo/documents/image-quality-calibration.ts`.

const KINDS: DocumentKind[] = [
  "principal_id_front",
  "legal_rep_passport",
  "subject_certificate",
  "verification_photo",
  "principal_authorization",
];

async function measures(condition: Condition) {
  return Promise.all(
    KINDS.map(async (kind) => {
      const m = await measureImage(await captureFor(kind, 1, condition));
      return { kind, grey: m.chroma < GREY_MAX_CHROMA, blurry: m.laplacianVariance < BLUR_MIN_VARIANCE };
    }),
  );
}

const each = (grey: boolean, blurry: boolean) => KINDS.map((kind) => ({ kind, grey, blurry }));

// Rendering and capturing five documents takes a few seconds, more on a busy machine.
describe("image quality on realistic captures", { timeout: 120_000 }, () => {
  it.each<Condition>(["demo scan", "faded scan", "photo", "dim photo"])("a colour %s is neither grey nor blurry", async (condition) => {
    expect(await measures(condition)).toEqual(each(false, false));
  });

  it.each<Condition>(["grey scan", "grey scan, cast", "grey scan, sepia", "grey scan, yellowed", "grey scan, noise"])(
    "a %s is grey, and not blurry",
    async (condition) => {
      expect(await measures(condition)).toEqual(each(true, false));
    },
  );

  it.each<Condition>(["blurred render", "blurred scan", "blurred photo"])("a %s is blurry, and still colour", async (condition) => {
    expect(await measures(condition)).toEqual(each(false, true));
  });
});
