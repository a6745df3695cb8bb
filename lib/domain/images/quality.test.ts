import { describe, expect, it } from "vitest";
import { measureImage } from "@/lib/domain/images/quality";
import { BLUR_MIN_VARIANCE, GREY_MAX_CHROMA, MIN_SHORT_SIDE_PX } from "@/lib/domain/images/quality-thresholds";
import { openRawPixels } from "@/lib/domain/images/sharp";
import { documentPixels, jpegOf, photoPixels, solid, tintedGrey } from "@/lib/domain/images/test-fixtures";

const W = 1400;
const H = 1000;
const colourPage = documentPixels(W, H, { seal: true });

const isGrey = (m: { chroma: number }) => m.chroma < GREY_MAX_CHROMA;
const isBlurry = (m: { laplacianVariance: number }) => m.laplacianVariance < BLUR_MIN_VARIANCE;
const isSmall = (m: { width: number; height: number }) => Math.min(m.width, m.height) < MIN_SHORT_SIDE_PX;

describe("measureImage against the thresholds", () => {
  it("a sharp colour scan with a red seal fires nothing", async () => {
    const m = await measureImage(await jpegOf(colourPage, W, H));
    expect(m).toMatchObject({ width: W, height: H });
    expect([isGrey(m), isBlurry(m), isSmall(m)]).toEqual([false, false, false]);
  });

  it("a noisy colour photo fires nothing", async () => {
    const m = await measureImage(await jpegOf(photoPixels(2000, 1400), 2000, 1400));
    expect([isGrey(m), isBlurry(m), isSmall(m)]).toEqual([false, false, false]);
  });

  it("the same page scanned grey is grey, with or without a slight tint", async () => {
    const plain = await measureImage(await jpegOf(tintedGrey(colourPage), W, H));
    expect(plain.chroma).toBeLessThan(1);
    const cast = await measureImage(await jpegOf(tintedGrey(colourPage, [1, 1, 1], [4, 0, -4]), W, H));
    const sepia = await measureImage(await jpegOf(tintedGrey(colourPage, [1, 0.96, 0.88], [12, 6, 0]), W, H));
    expect([isGrey(plain), isGrey(cast), isGrey(sepia)]).toEqual([true, true, true]);
    expect(isBlurry(sepia)).toBe(false);
  });

  it("a one-band greyscale JPEG is grey", async () => {
    const grey = await openRawPixels({ data: colourPage, width: W, height: H, channels: 3 }).greyscale().jpeg().toBuffer();
    expect(isGrey(await measureImage(grey))).toBe(true);
  });

  it("a gaussian blur of σ 3 is blurry, for pages and photos", async () => {
    const page = await measureImage(await jpegOf(colourPage, W, H, 3));
    const photo = await measureImage(await jpegOf(photoPixels(2000, 1400), 2000, 1400, 3));
    expect([isBlurry(page), isBlurry(photo)]).toEqual([true, true]);
    expect([isGrey(page), isGrey(photo)]).toEqual([false, false]);
  });

  it("a small image is small, measured at its own size rather than enlarged", async () => {
    const m = await measureImage(await jpegOf(documentPixels(560, 400, { seal: true }), 560, 400));
    expect(m).toMatchObject({ width: 560, height: 400 });
    expect([isSmall(m), isBlurry(m), isGrey(m)]).toEqual([true, false, false]);
  });

  it("a flat single colour is blurry (no detail) but not grey", async () => {
    const m = await measureImage(await solid(800, 800, [30, 90, 200]).png().toBuffer());
    expect(m.laplacianVariance).toBeCloseTo(0, 5);
    expect(isGrey(m)).toBe(false);
  });

  it("reports oriented dimensions for EXIF-rotated photos", async () => {
    const rotated = await openRawPixels({ data: colourPage, width: W, height: H, channels: 3 })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await measureImage(rotated)).toMatchObject({ width: H, height: W });
  });

  it("flattens transparency onto white and accepts WebP", async () => {
    const transparent = await solid(700, 700).ensureAlpha(0).png().toBuffer();
    const m = await measureImage(transparent);
    expect(m.chroma).toBe(0);
    const webp = await openRawPixels({ data: colourPage, width: W, height: H, channels: 3 }).webp().toBuffer();
    expect(isGrey(await measureImage(webp))).toBe(false);
  });

  it("throws on bytes that are not an allowed image", async () => {
    await expect(measureImage(Buffer.from("<svg/>"))).rejects.toThrow();
  });
});
