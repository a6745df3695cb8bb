// File type by magic bytes only (never the name or the client's content type), and image
// dimensions read from the header without decoding, so oversized images are refused cheaply.

export type ImageFormat = "jpeg" | "png" | "webp";
export type VideoFormat = "mp4" | "webm";
export type SniffedFile = { kind: "image"; format: ImageFormat } | { kind: "video"; format: VideoFormat };
export type HeaderSize = { width: number; height: number };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// ISO-BMFF brands that are MP4 video. HEIC/AVIF/JPEG 2000 share the 'ftyp' box, and QuickTime
// ('qt  ') is not MP4, so the brand decides rather than the box alone.
const MP4_BRANDS = new Set([
  "isom",
  "iso2",
  "iso3",
  "iso4",
  "iso5",
  "iso6",
  "iso7",
  "iso8",
  "iso9",
  "mp41",
  "mp42",
  "avc1",
  "M4V ",
  "dash",
  "mmp4",
  "MSNV",
  "3gp4",
  "3gp5",
  "3gp6",
]);
const STILL_IMAGE_BRANDS = new Set([
  "avif",
  "avis",
  "heic",
  "heix",
  "hevc",
  "hevx",
  "heim",
  "heis",
  "mif1",
  "msf1",
  "jp2 ",
  "jpx ",
  "crx ",
]);

export function sniffFile(buf: Buffer): SniffedFile | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) {
    return { kind: "image", format: "jpeg" };
  }
  if (buf.length >= 8 && buf.subarray(0, 8).equals(PNG_SIGNATURE)) return { kind: "image", format: "png" };
  if (buf.length >= 12 && ascii(buf, 0, 4) === "RIFF" && ascii(buf, 8, 4) === "WEBP") {
    return { kind: "image", format: "webp" };
  }
  if (isMp4(buf)) return { kind: "video", format: "mp4" };
  if (isWebm(buf)) return { kind: "video", format: "webm" };
  return null;
}

function ascii(buf: Buffer, offset: number, length: number): string {
  return buf.toString("latin1", offset, offset + length);
}

function isMp4(buf: Buffer): boolean {
  if (buf.length < 16 || ascii(buf, 4, 4) !== "ftyp") return false;
  const boxSize = buf.readUInt32BE(0);
  if (boxSize < 16 || boxSize % 4 !== 0) return false;
  const major = ascii(buf, 8, 4);
  if (STILL_IMAGE_BRANDS.has(major)) return false;
  if (MP4_BRANDS.has(major)) return true;
  const end = Math.min(boxSize, buf.length);
  for (let at = 16; at + 4 <= end; at += 4) {
    const brand = ascii(buf, at, 4);
    if (STILL_IMAGE_BRANDS.has(brand)) return false;
    if (MP4_BRANDS.has(brand)) return true;
  }
  return false;
}

/** EBML variable-length integer at `at`: its byte length and value (marker bit removed unless keepMarker). */
function readVint(buf: Buffer, at: number, keepMarker: boolean): { length: number; value: number } | null {
  if (at >= buf.length) return null;
  const first = buf[at];
  let length = 1;
  while (length <= 8 && (first & (0x80 >> (length - 1))) === 0) length++;
  if (length > 8 || at + length > buf.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + buf[at + i];
  return { length, value };
}

const EBML_HEADER_ID = 0x1a45dfa3;
const EBML_DOCTYPE_ID = 0x4282;

function isWebm(buf: Buffer): boolean {
  if (buf.length < 8 || buf.readUInt32BE(0) !== EBML_HEADER_ID) return false;
  const headerSize = readVint(buf, 4, false);
  if (!headerSize) return false;
  const start = 4 + headerSize.length;
  const end = Math.min(start + headerSize.value, buf.length);
  let at = start;
  while (at < end) {
    const id = readVint(buf, at, true);
    if (!id || id.length > 4) return false;
    const size = readVint(buf, at + id.length, false);
    if (!size) return false;
    const dataAt = at + id.length + size.length;
    if (id.value === EBML_DOCTYPE_ID) {
      if (dataAt + size.value > buf.length || size.value > 64) return false;
      return ascii(buf, dataAt, size.value).replace(/\0+$/, "") === "webm";
    }
    at = dataAt + size.value;
  }
  return false;
}

/**
 * Width and height as stored in the header (before EXIF orientation, which does not change the
 * pixel count), or null when the header is missing, truncated or malformed. Never decodes.
 */
export function readImageHeaderSize(buf: Buffer, format: ImageFormat): HeaderSize | null {
  const size = format === "png" ? pngSize(buf) : format === "jpeg" ? jpegSize(buf) : webpSize(buf);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

function pngSize(buf: Buffer): HeaderSize | null {
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || ascii(buf, 12, 4) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// Start-of-frame markers: baseline, extended, progressive, lossless, hierarchical, arithmetic.
// C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegSize(buf: Buffer): HeaderSize | null {
  if (buf.length < 4 || buf[0] !== 0xff || buf[1] !== 0xd8) return null;
  let at = 2;
  while (at < buf.length) {
    if (buf[at] !== 0xff) return null;
    while (at < buf.length && buf[at] === 0xff) at++; // fill bytes
    if (at >= buf.length) return null;
    const marker = buf[at++];
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd8 || marker === 0xd9 || marker === 0xda) return null; // no frame before scan
    if (at + 2 > buf.length) return null;
    const length = buf.readUInt16BE(at);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (length < 7 || at + 7 > buf.length) return null;
      return { height: buf.readUInt16BE(at + 3), width: buf.readUInt16BE(at + 5) };
    }
    at += length;
  }
  return null;
}

function webpSize(buf: Buffer): HeaderSize | null {
  if (buf.length < 20 || ascii(buf, 0, 4) !== "RIFF" || ascii(buf, 8, 4) !== "WEBP") return null;
  const chunk = ascii(buf, 12, 4);
  if (chunk === "VP8 ") {
    // 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height (top 2 bits: scale).
    if (buf.length < 30 || buf[23] !== 0x9d || buf[24] !== 0x01 || buf[25] !== 0x2a) return null;
    return { width: buf.readUInt16LE(26) & 0x3fff, height: buf.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === "VP8L") {
    if (buf.length < 25 || buf[20] !== 0x2f) return null;
    const bits = buf.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") {
    if (buf.length < 30) return null;
    return { width: buf.readUIntLE(24, 3) + 1, height: buf.readUIntLE(27, 3) + 1 };
  }
  return null;
}
