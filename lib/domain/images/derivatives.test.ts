import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeDerivatives, PREVIEW_MAX_SIDE, THUMB_MAX_SIDE } from "@/lib/domain/images/derivatives";
import { openRawPixels } from "@/lib/domain/images/sharp";
import { sniffFile } from "@/lib/domain/images/sniff";
import { documentPixels } from "@/lib/domain/images/test-fixtures";

/** A phone-style JPEG: stored landscape, EXIF orientation 6 (display rotated 90° CW), GPS position. */
async function phoneJpeg(width: number, height: number): Promise<Buffer> {
  return openRawPixels({ data: documentPixels(width, height, { seal: true }), width, height, channels: 3 })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "TestPhone", Model: "X1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "32/1 3/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "118/1 47/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** The GPS IFD pointer tag (0x8825, type LONG) as a little-endian TIFF entry. */
function hasGpsPointer(bytes: Buffer | undefined): boolean {
  return !!bytes?.includes(Buffer.from([0x25, 0x88, 0x04, 0x00]));
}

describe("makeDerivatives", () => {
  it("bakes in the orientation and strips EXIF/GPS from both outputs", async () => {
    const input = await phoneJpeg(2400, 1800);
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.orientation).toBe(6);
    expect(hasGpsPointer(inputMeta.exif)).toBe(true);

    const { preview, thumb, width, height } = await makeDerivatives(input);
    expect([width, height]).toEqual([1800, 2400]);
    for (const [bytes, max] of [
      [preview, PREVIEW_MAX_SIDE],
      [thumb, THUMB_MAX_SIDE],
    ] as const) {
      expect(sniffFile(bytes)).toEqual({ kind: "image", format: "webp" });
      const meta = await sharp(bytes).metadata();
      expect(meta.height).toBe(max);
      expect(meta.width).toBe(Math.round((max * 1800) / 2400));
      expect(meta.exif).toBeUndefined();
      expect(hasGpsPointer(bytes)).toBe(false);
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(bytes.includes(Buffer.from("Exif", "latin1"))).toBe(false);
      expect(bytes.includes(Buffer.from("TestPhone", "latin1"))).toBe(false);
    }
  });

  it("does not enlarge small images", async () => {
    const input = await openRawPixels({ data: documentPixels(300, 200), width: 300, height: 200, channels: 3 })
      .png()
      .toBuffer();
    const { preview, thumb, width, height } = await makeDerivatives(input);
    expect([width, height]).toEqual([300, 200]);
    expect((await sharp(preview).metadata()).width).toBe(300);
    expect((await sharp(thumb).metadata()).width).toBe(300);
  });

  it("refuses what the configured sharp refuses", async () => {
    await expect(makeDerivatives(Buffer.from("GIF89a"))).rejects.toThrow();
  });
});
