import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exceedsPixelLimit } from "@/lib/domain/images/limits";
import { readImageHeaderSize, sniffFile, type ImageFormat } from "@/lib/domain/images/sniff";
import { pngClaiming, solid } from "@/lib/domain/images/test-fixtures";

const FORMATS: ImageFormat[] = ["jpeg", "png", "webp"];

function ftyp(major: string, compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size + 8);
  box.writeUInt32BE(size, 0);
  box.write("ftyp", 4, "latin1");
  box.write(major, 8, "latin1");
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, "latin1"));
  return box;
}

/** An EBML header holding only a DocType element. */
function ebml(docType: string): Buffer {
  const doc = Buffer.concat([Buffer.from([0x42, 0x82, 0x80 | docType.length]), Buffer.from(docType, "latin1")]);
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | doc.length]), doc, Buffer.alloc(16)]);
}

describe("sniffFile", () => {
  it.each(FORMATS)("recognises %s from its bytes", async (format) => {
    const bytes = await solid(10, 10).toFormat(format).toBuffer();
    expect(sniffFile(bytes)).toEqual({ kind: "image", format });
  });

  it("recognises MP4 by its ftyp brand, and not HEIC/AVIF/QuickTime", () => {
    expect(sniffFile(ftyp("isom", ["isom", "iso2", "avc1", "mp41"]))).toEqual({ kind: "video", format: "mp4" });
    expect(sniffFile(ftyp("XAVC", ["mp42"]))).toEqual({ kind: "video", format: "mp4" });
    expect(sniffFile(ftyp("heic", ["mif1", "heic"]))).toBeNull();
    expect(sniffFile(ftyp("avif", ["avif", "mif1", "miaf"]))).toBeNull();
    expect(sniffFile(ftyp("mif1", ["mif1", "heic", "isom"]))).toBeNull();
    expect(sniffFile(ftyp("qt  ", ["qt  "]))).toBeNull();
  });

  it("recognises WebM by its EBML DocType, and not other Matroska", () => {
    expect(sniffFile(ebml("webm"))).toEqual({ kind: "video", format: "webm" });
    expect(sniffFile(ebml("matroska"))).toBeNull();
  });

  it("rejects other formats, text, truncated signatures and random bytes", async () => {
    expect(sniffFile(await solid(4, 4).gif().toBuffer())).toBeNull();
    expect(sniffFile(await solid(4, 4).tiff().toBuffer())).toBeNull();
    expect(sniffFile(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffFile(Buffer.from("%PDF-1.7\n"))).toBeNull();
    expect(sniffFile(Buffer.alloc(0))).toBeNull();
    expect(sniffFile(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffFile(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(sniffFile(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBeNull();
    for (let i = 0; i < 200; i++) {
      const bytes = randomBytes(64);
      bytes[0] = 0; // keep clear of the JPEG signature's first byte
      expect(sniffFile(bytes)).toBeNull();
    }
  });
});

describe("readImageHeaderSize", () => {
  it.each(FORMATS)("reads %s dimensions without decoding", async (format) => {
    const bytes = await solid(1234, 567).toFormat(format).toBuffer();
    expect(readImageHeaderSize(bytes, format)).toEqual({ width: 1234, height: 567 });
  });

  it("reads lossless WebP (VP8L), extended WebP (VP8X) and progressive JPEG", async () => {
    const lossless = await solid(321, 123).webp({ lossless: true }).toBuffer();
    expect(lossless.toString("latin1", 12, 16)).toBe("VP8L");
    expect(readImageHeaderSize(lossless, "webp")).toEqual({ width: 321, height: 123 });
    const extended = await solid(300, 200).ensureAlpha(0.5).webp().toBuffer();
    expect(extended.toString("latin1", 12, 16)).toBe("VP8X");
    expect(readImageHeaderSize(extended, "webp")).toEqual({ width: 300, height: 200 });
    const progressive = await solid(640, 480).jpeg({ progressive: true }).toBuffer();
    expect(readImageHeaderSize(progressive, "jpeg")).toEqual({ width: 640, height: 480 });
  });

  it("skips JPEG segments before the frame header (EXIF, ICC)", async () => {
    const bytes = await solid(800, 600).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(bytes.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(true);
    expect(readImageHeaderSize(bytes, "jpeg")).toEqual({ width: 800, height: 600 });
  });

  it("reports what a crafted header claims, so huge claims are refused before decoding", async () => {
    const png = pngClaiming(await solid(8, 8).png().toBuffer(), 100_000, 100_000);
    const size = readImageHeaderSize(png, "png");
    expect(size).toEqual({ width: 100_000, height: 100_000 });
    expect(exceedsPixelLimit(size!)).toBe(true);

    const jpeg = Buffer.from(await solid(8, 8).jpeg().toBuffer());
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.writeUInt16BE(65_000, sof + 5);
    jpeg.writeUInt16BE(65_000, sof + 7);
    expect(exceedsPixelLimit(readImageHeaderSize(jpeg, "jpeg")!)).toBe(true);

    const vp8x = Buffer.alloc(30);
    vp8x.write("RIFF", 0, "latin1");
    vp8x.write("WEBPVP8X", 8, "latin1");
    vp8x.writeUIntLE(16_383, 24, 3);
    vp8x.writeUIntLE(16_383, 27, 3);
    expect(readImageHeaderSize(vp8x, "webp")).toEqual({ width: 16_384, height: 16_384 });
    expect(exceedsPixelLimit({ width: 16_384, height: 16_384 })).toBe(true);
    expect(exceedsPixelLimit({ width: 8000, height: 6000 })).toBe(false);
  });

  it("returns null for truncated headers, zero sizes and random bytes", async () => {
    for (const format of FORMATS) {
      const bytes = await solid(100, 80).toFormat(format).toBuffer();
      for (const cut of [0, 2, 8, 12, 16, 20, 23]) expect(readImageHeaderSize(bytes.subarray(0, cut), format)).toBeNull();
    }
    const png = pngClaiming(await solid(8, 8).png().toBuffer(), 0, 8);
    expect(readImageHeaderSize(png, "png")).toBeNull();
    // A JPEG whose scan starts before any frame header.
    expect(readImageHeaderSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0, 0, 0]), "jpeg")).toBeNull();
    // A segment length running past the end.
    expect(readImageHeaderSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff, 0x4a]), "jpeg")).toBeNull();
  });

  it("never throws on random bytes, with or without a valid signature", async () => {
    for (const format of FORMATS) {
      const signature = (await solid(8, 8).toFormat(format).toBuffer()).subarray(0, format === "webp" ? 16 : 4);
      for (let i = 0; i < 300; i++) {
        for (const bytes of [randomBytes(64), Buffer.concat([signature, randomBytes(64)])]) {
          const size = readImageHeaderSize(bytes, format);
          if (size) expect(size.width > 0 && size.height > 0).toBe(true);
        }
      }
    }
  });

  it("is linear-time on a JPEG made of fill bytes", () => {
    const bytes = Buffer.alloc(2_000_000, 0xff);
    bytes[1] = 0xd8;
    const started = performance.now();
    expect(readImageHeaderSize(bytes, "jpeg")).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
