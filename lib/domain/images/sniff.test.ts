import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exceedsPixelLimit } from "@/lib/domain/images/limits";
import { readImageHeaderSize, sniffFile, type ImageFormat } from "@/lib/domain/images/sniff";
import { pngClaiming, solid } from "@/lib/domain/images/test-fixtures";

const FORMATS: ImageFormat[] = ["jpeg", "png", "webp"];

const sampleMp4 = readFileSync("demo/assets/sample-commitment.mp4");
const sampleWebm = readFileSync("demo/assets/sample-commitment.webm");

function box(type: string, body: Buffer | number = 0): Buffer {
  const payload = typeof body === "number" ? Buffer.alloc(body) : body;
  const out = Buffer.alloc(8 + payload.length);
  out.writeUInt32BE(out.length, 0);
  out.write(type, 4, "latin1");
  payload.copy(out, 8);
  return out;
}

function ftyp(major: string, compatible: string[]): Buffer {
  return box("ftyp", Buffer.from(`${major}\0\0\0\0${compatible.join("")}`, "latin1"));
}

/** ftyp, then by default the smallest chain a video has: a movie header and its media. */
function mp4(major: string, compatible: string[], ...rest: Buffer[]): Buffer {
  return Buffer.concat([ftyp(major, compatible), ...(rest.length > 0 ? rest : [box("moov", 8), box("mdat", 8)])]);
}

/** An EBML element with an 8-byte size field (or the all-ones "unknown" size). */
function element(id: number[], body: Buffer, size: "known" | "unknown" = "known"): Buffer {
  const sizeField = Buffer.alloc(8);
  sizeField[0] = 0x01;
  if (size === "unknown") sizeField.fill(0xff, 1);
  else sizeField.writeUIntBE(body.length, 2, 6);
  return Buffer.concat([Buffer.from(id), sizeField, body]);
}

const EBML = [0x1a, 0x45, 0xdf, 0xa3];
const SEGMENT = [0x18, 0x53, 0x80, 0x67];
const TRACKS = [0x16, 0x54, 0xae, 0x6b];
const CLUSTER = [0x1f, 0x43, 0xb6, 0x75];

function webm(options: { docType?: string; trackType?: number; segmentSize?: "known" | "unknown"; beforeTracks?: Buffer } = {}): Buffer {
  const { docType = "webm", trackType = 1, segmentSize = "known", beforeTracks = Buffer.alloc(0) } = options;
  const header = element(EBML, element([0x42, 0x82], Buffer.from(docType, "latin1")));
  const entry = element([0xae], Buffer.concat([element([0xd7], Buffer.from([1])), element([0x83], Buffer.from([trackType]))]));
  const tracks = element(TRACKS, entry);
  const cluster = element(CLUSTER, Buffer.alloc(32));
  return Buffer.concat([header, element(SEGMENT, Buffer.concat([beforeTracks, tracks, cluster]), segmentSize)]);
}

describe("sniffFile", () => {
  it.each(FORMATS)("recognises %s from its bytes", async (format) => {
    const bytes = await solid(10, 10).toFormat(format).toBuffer();
    expect(sniffFile(bytes)).toEqual({ kind: "image", format });
  });

  it("recognises MP4 by its ftyp brand, and not HEIC/AVIF/QuickTime", () => {
    expect(sniffFile(mp4("isom", ["isom", "iso2", "avc1", "mp41"]))).toEqual({ kind: "video", format: "mp4" });
    expect(sniffFile(mp4("XAVC", ["mp42"]))).toEqual({ kind: "video", format: "mp4" });
    expect(sniffFile(mp4("heic", ["mif1", "heic"]))).toBeNull();
    expect(sniffFile(mp4("avif", ["avif", "mif1", "miaf"]))).toBeNull();
    expect(sniffFile(mp4("mif1", ["mif1", "heic", "isom"]))).toBeNull();
    expect(sniffFile(mp4("qt  ", ["qt  "]))).toBeNull();
  });

  it("recognises the sample videos", () => {
    expect(sniffFile(sampleMp4)).toEqual({ kind: "video", format: "mp4" });
    expect(sniffFile(sampleWebm)).toEqual({ kind: "video", format: "webm" });
  });

  it("refuses an MP4 ftyp box followed by anything but a box chain holding moov and mdat", () => {
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    expect(sniffFile(Buffer.concat([ftyp("isom", ["isom"]), html]))).toBeNull();
    expect(sniffFile(Buffer.concat([sampleMp4.subarray(0, sampleMp4.readUInt32BE(0)), html]))).toBeNull();
    expect(sniffFile(ftyp("isom", ["isom"]))).toBeNull();
    expect(sniffFile(mp4("isom", [], box("moov", 8)))).toBeNull();
    expect(sniffFile(mp4("isom", [], box("free", 8), box("mdat", 8)))).toBeNull();
    expect(sniffFile(mp4("isom", [], box("moov", 8), box("mdat", 8), Buffer.from([0, 0, 0])))).toBeNull();
    // A box whose type is not a four-character code, and one whose size is smaller than its header.
    expect(sniffFile(mp4("isom", [], box("moov", 8), box("\0\x01\x02\x03", 8), box("mdat", 8)))).toBeNull();
    const tiny = mp4("isom", [], box("moov", 8), box("mdat", 8));
    tiny.writeUInt32BE(4, tiny.length - 16); // the mdat box's size
    expect(sniffFile(tiny)).toBeNull();
  });

  it("refuses every truncation of the sample videos", () => {
    for (const sample of [sampleMp4, sampleWebm]) {
      for (let cut = 0; cut < sample.length; cut += 7) expect(sniffFile(sample.subarray(0, cut)), `cut at ${cut}`).toBeNull();
      expect(sniffFile(sample.subarray(0, sample.length - 1))).toBeNull();
    }
  });

  it("reads 64-bit and to-the-end box sizes", () => {
    const large = Buffer.alloc(24);
    large.writeUInt32BE(1, 0);
    large.write("mdat", 4, "latin1");
    large.writeUInt32BE(0, 8);
    large.writeUInt32BE(24, 12);
    expect(sniffFile(mp4("isom", [], box("moov", 8), large))).toEqual({ kind: "video", format: "mp4" });
    large.writeUInt32BE(1, 8); // 4 GiB past the end
    expect(sniffFile(mp4("isom", [], box("moov", 8), large))).toBeNull();
    const toTheEnd = box("mdat", 100);
    toTheEnd.writeUInt32BE(0, 0);
    expect(sniffFile(mp4("isom", [], box("moov", 8), toTheEnd))).toEqual({ kind: "video", format: "mp4" });
  });

  it("stops the MP4 walk at the scan window, having seen moov or mdat", () => {
    const longMedia = box("mdat", 5 * 1024 * 1024);
    expect(sniffFile(mp4("isom", [], longMedia, box("moov", 8)))).toEqual({ kind: "video", format: "mp4" });
    expect(sniffFile(mp4("isom", [], box("free", 5 * 1024 * 1024), box("moov", 8), box("mdat", 8)))).toBeNull();
  });

  it("recognises WebM by its EBML DocType and a video track, and not other Matroska", () => {
    expect(sniffFile(webm())).toEqual({ kind: "video", format: "webm" });
    // A live recording (MediaRecorder) does not know its Segment's size.
    expect(sniffFile(webm({ segmentSize: "unknown" }))).toEqual({ kind: "video", format: "webm" });
    expect(sniffFile(webm({ beforeTracks: element([0xec], Buffer.alloc(20)) }))).toEqual({ kind: "video", format: "webm" });
    expect(sniffFile(webm({ docType: "matroska" }))).toBeNull();
    expect(sniffFile(webm({ trackType: 2 }))).toBeNull(); // audio only
    expect(sniffFile(webm({ beforeTracks: element(CLUSTER, Buffer.alloc(8), "unknown") }))).toBeNull();
  });

  it("refuses a WebM header followed by anything but a Segment with a video track", () => {
    const header = sampleWebm.subarray(0, 5 + (sampleWebm[4] & 0x7f));
    expect(sniffFile(header)).toBeNull();
    expect(sniffFile(Buffer.concat([header, Buffer.from("<!doctype html><script>alert(1)</script>")]))).toBeNull();
    expect(sniffFile(Buffer.concat([header, element(SEGMENT, Buffer.from("<html></html>"))]))).toBeNull();
    const oversized = Buffer.from(webm());
    oversized.writeUInt8(0xff, oversized.indexOf(Buffer.from(SEGMENT)) + 11); // Segment size past the end
    expect(sniffFile(oversized)).toBeNull();
  });

  it("never throws on random bytes behind a video signature, and stays bounded", () => {
    for (let i = 0; i < 300; i++) {
      for (const prefix of [ftyp("isom", ["isom"]), sampleWebm.subarray(0, 40), sampleMp4.subarray(0, 60)]) {
        const bytes = Buffer.concat([prefix, randomBytes(64)]);
        const sniffed = sniffFile(bytes);
        if (sniffed) expect(sniffed.kind).toBe("video");
      }
    }
    const boxes = Buffer.alloc(48 * 1024 * 1024);
    for (let at = 0; at < boxes.length; at += 8) {
      boxes.writeUInt32BE(8, at);
      boxes.write("free", at + 4, "latin1");
    }
    const voids = Buffer.alloc(8 * 1024 * 1024, 0);
    for (let at = 0; at + 2 <= voids.length; at += 2) voids.writeUInt16BE(0xec80, at); // empty Void elements
    for (const bytes of [Buffer.concat([ftyp("isom", ["isom"]), boxes]), webm({ beforeTracks: voids })]) {
      const started = performance.now();
      expect(sniffFile(bytes)).toBeNull();
      expect(performance.now() - started).toBeLessThan(200);
    }
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
