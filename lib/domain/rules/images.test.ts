import { describe, expect, it } from "vitest";
import { BLUR_MIN_VARIANCE, GREY_MAX_CHROMA, MIN_SHORT_SIDE_PX } from "@/lib/domain/images/quality-thresholds";
import { makeUnitFiling } from "@/lib/domain/rules/testing/make-filing";
import { check, ruleIds } from "@/lib/domain/rules/testing/run";
import type { ImageMeasures } from "@/lib/domain/rules/types";

const filing = makeUnitFiling();
const good: ImageMeasures = {
  width: MIN_SHORT_SIDE_PX * 2,
  height: MIN_SHORT_SIDE_PX * 3,
  chroma: GREY_MAX_CHROMA * 2,
  laplacianVariance: BLUR_MIN_VARIANCE * 4,
};
const run = (image: Partial<ImageMeasures> | null, index = 1) =>
  check(filing, { materials: [{ index, image: image === null ? null : { ...good, ...image } }] });

describe("image rules", () => {
  it("flag nothing on a good image", () => {
    expect(run({})).toEqual([]);
  });

  it("IMAGE_NOT_COLOR fires under the chroma threshold, at the material", () => {
    const [v] = run({ chroma: GREY_MAX_CHROMA - 0.1 });
    expect(v).toMatchObject({ rule: "IMAGE_NOT_COLOR", path: "materials[1]", material: 1, severity: "warning", reason: "CERT_UNCLEAR" });
    expect(v.message.zh).toContain("主体负责人证件正面");
    expect(run({ chroma: GREY_MAX_CHROMA })).toEqual([]);
  });

  it("IMAGE_TOO_SMALL fires when the shorter side is under the minimum", () => {
    const [v] = run({ width: MIN_SHORT_SIDE_PX - 1, height: 2000 });
    expect(v).toMatchObject({ rule: "IMAGE_TOO_SMALL", material: 1 });
    expect(v.message.en).toContain(`${MIN_SHORT_SIDE_PX - 1}×2000`);
    expect(run({ width: 2000, height: MIN_SHORT_SIDE_PX })).toEqual([]);
  });

  it("IMAGE_BLURRY fires under the Laplacian-variance threshold", () => {
    expect(ruleIds(run({ laplacianVariance: BLUR_MIN_VARIANCE - 1 }))).toEqual(["IMAGE_BLURRY"]);
    expect(run({ laplacianVariance: BLUR_MIN_VARIANCE })).toEqual([]);
  });

  it("run only for the materials given, and skip non-images and unknown indices", () => {
    expect(check(filing)).toEqual([]);
    expect(run(null)).toEqual([]);
    expect(run({ chroma: 0 }, 99)).toEqual([]);
    const bad = { width: 10, height: 10, chroma: 0, laplacianVariance: 0 };
    const both = check(filing, {
      materials: [
        { index: 3, image: bad },
        { index: 0, image: bad },
        { index: 0, image: bad },
      ],
    });
    expect(both.map((v) => `${v.rule}@${v.material}`)).toEqual([
      "IMAGE_NOT_COLOR@0",
      "IMAGE_NOT_COLOR@3",
      "IMAGE_TOO_SMALL@0",
      "IMAGE_TOO_SMALL@3",
      "IMAGE_BLURRY@0",
      "IMAGE_BLURRY@3",
    ]);
  });
});
