import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_IMAGE_PIXELS } from "@/lib/domain/images/limits";
import { openUntrustedImage } from "@/lib/domain/images/sharp";
import { pngClaiming, solid } from "@/lib/domain/images/test-fixtures";

const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="red"/></svg>');

describe("configured sharp", () => {
  it.each(["jpeg", "png", "webp"] as const)("decodes %s buffers", async (format) => {
    const bytes = await solid(32, 24).toFormat(format).toBuffer();
    const { info } = await openUntrustedImage(bytes).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([32, 24]);
  });

  it.each([
    ["svg", async () => SVG],
    ["gif", () => solid(16, 16).gif().toBuffer()],
    ["tiff", () => solid(16, 16).tiff().toBuffer()],
    ["avif", () => solid(16, 16).avif().toBuffer()],
  ])("refuses %s buffers, whichever sharp instance asks", async (_, make) => {
    const bytes = await make();
    await expect(openUntrustedImage(bytes).metadata()).rejects.toThrow(/unsupported image format/);
    await expect(sharp(bytes).png().toBuffer()).rejects.toThrow(/unsupported image format/);
  });

  it("refuses file-path input: only the buffer loaders are open", async () => {
    await expect(sharp("/etc/hostname").metadata()).rejects.toThrow(/unsupported image format/);
  });

  it("refuses images over the pixel limit from the header alone", async () => {
    const png = await solid(8, 8).png().toBuffer();
    const bomb = pngClaiming(png, 10_000, Math.ceil(MAX_IMAGE_PIXELS / 10_000) + 1);
    await expect(openUntrustedImage(bomb).raw().toBuffer()).rejects.toThrow(/pixel limit/);
  });

  it("refuses truncated files", async () => {
    const jpeg = await solid(256, 256).jpeg().toBuffer();
    await expect(
      openUntrustedImage(jpeg.subarray(0, jpeg.length >> 1))
        .raw()
        .toBuffer(),
    ).rejects.toThrow();
  });

  it("runs one libvips thread per pipeline with a small cache", () => {
    expect(sharp.concurrency()).toBe(1);
    expect(sharp.cache().memory.max).toBeLessThanOrEqual(16);
  });

  it("applies EXIF orientation", async () => {
    const rotated = await solid(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { info } = await openUntrustedImage(rotated).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([20, 40]);
  });
});
