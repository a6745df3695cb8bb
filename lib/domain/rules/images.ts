import { BLUR_MIN_VARIANCE, GREY_MAX_CHROMA, MIN_SHORT_SIDE_PX } from "@/lib/domain/images/quality-thresholds";
import { MATERIAL_KIND_LABELS } from "@/lib/domain/validation/labels";
import { report, type RuleContext } from "@/lib/domain/rules/context";
import type { MaterialFacts } from "@/lib/domain/rules/types";

// IMAGE_NOT_COLOR, IMAGE_TOO_SMALL, IMAGE_BLURRY (000 彩色扫描件, 清晰、完整). The measures come
// from the caller (lib/images/quality.ts); the thresholds live beside that measuring code.

export function checkImages(ctx: RuleContext, facts: readonly MaterialFacts[]): void {
  const materials = ctx.filing.materials;
  const seen = new Set<number>();
  for (const { index, image } of facts) {
    if (image === null || !Number.isInteger(index) || index < 0 || index >= materials.length) continue;
    if (seen.has(index)) continue;
    seen.add(index);
    const label = MATERIAL_KIND_LABELS[materials[index].kind];
    const path = `materials[${index}]`;
    const what = { zh: `材料${index + 1}（${label.zh}）`, en: `Material ${index + 1} (${label.en})` };
    if (image.chroma < GREY_MAX_CHROMA) {
      report(
        ctx,
        "IMAGE_NOT_COLOR",
        path,
        {
          zh: `${what.zh}为灰度图像（去除整体色调后的色度${round(image.chroma)}，低于${GREY_MAX_CHROMA}），应为原件彩色扫描件或照片`,
          en: `${what.en} is grey (chroma beyond its tint ${round(image.chroma)}, under ${GREY_MAX_CHROMA}); a colour scan or photo of the original is needed`,
        },
        index,
      );
    }
    const shortSide = Math.min(image.width, image.height);
    if (shortSide < MIN_SHORT_SIDE_PX) {
      report(
        ctx,
        "IMAGE_TOO_SMALL",
        path,
        {
          zh: `${what.zh}尺寸为${image.width}×${image.height}像素，短边不足${MIN_SHORT_SIDE_PX}像素`,
          en: `${what.en} is ${image.width}×${image.height} px; its shorter side is under ${MIN_SHORT_SIDE_PX} px`,
        },
        index,
      );
    }
    if (image.laplacianVariance < BLUR_MIN_VARIANCE) {
      report(
        ctx,
        "IMAGE_BLURRY",
        path,
        {
          zh: `${what.zh}模糊（边缘锐度${round(image.laplacianVariance)}，低于${BLUR_MIN_VARIANCE}）`,
          en: `${what.en} is blurry (edge sharpness ${round(image.laplacianVariance)}, under ${BLUR_MIN_VARIANCE})`,
        },
        index,
      );
    }
  }
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
