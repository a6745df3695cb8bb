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

// Videos are checked beyond their signature: a valid ftyp box or EBML header in front of anything
// else (an HTML page, a script) must not be stored and served as a video. The walks below read
// element headers only, start none past SCAN_LIMIT, and allocate nothing per box or element.
const SCAN_LIMIT = 4 * 1024 * 1024;

function isMp4(buf: Buffer): boolean {
  return hasVideoBrand(buf) && hasMovieBoxChain(buf);
}

function hasVideoBrand(buf: Buffer): boolean {
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

const BOX_MOOV = 0x6d6f6f76;
const BOX_MDAT = 0x6d646174;

/**
 * The top-level boxes from the ftyp box on must tile the file exactly. A whole file holds both
 * the movie header (moov) and its media (mdat), in either order; when the walk stops at the scan
 * window (a long mdat, moov at the end), one of them must have been seen.
 */
function hasMovieBoxChain(buf: Buffer): boolean {
  let sawMoov = false;
  let sawMdat = false;
  let at = 0;
  while (at < buf.length) {
    if (at >= SCAN_LIMIT) return sawMoov || sawMdat;
    const length = boxLength(buf, at);
    if (length === 0 || !isPrintableFourCC(buf, at + 4)) return false;
    const type = buf.readUInt32BE(at + 4);
    if (type === BOX_MOOV) sawMoov = true;
    else if (type === BOX_MDAT) sawMdat = true;
    at += length;
  }
  return sawMoov && sawMdat;
}

/** Byte length of the box at `at` (32-bit size, 64-bit largesize, or 0 = to the end), or 0 if malformed or past the end. */
function boxLength(buf: Buffer, at: number): number {
  if (at + 8 > buf.length) return 0;
  const size = buf.readUInt32BE(at);
  let length = size;
  let header = 8;
  if (size === 0) {
    length = buf.length - at;
  } else if (size === 1) {
    if (at + 16 > buf.length) return 0;
    // Two 32-bit halves rather than a BigInt: exact below 2^53, and anything larger is past the end anyway.
    length = buf.readUInt32BE(at + 8) * 2 ** 32 + buf.readUInt32BE(at + 12);
    header = 16;
  }
  return length >= header && at + length <= buf.length ? length : 0;
}

/** Top-level box types are printable ASCII (ftyp, moov, mdat, free, moof …); garbage rarely is. */
function isPrintableFourCC(buf: Buffer, at: number): boolean {
  for (let i = at; i < at + 4; i++) if (buf[i] < 0x20 || buf[i] > 0x7e) return false;
  return true;
}

/** Byte length of the EBML variable-length integer at `at`, or 0 when malformed or past `end`. */
function vintLength(buf: Buffer, at: number, end: number): number {
  if (at >= end) return 0;
  const first = buf[at];
  let length = 1;
  while (length <= 8 && (first & (0x80 >> (length - 1))) === 0) length++;
  return length <= 8 && at + length <= end ? length : 0;
}

/** Value of a `length`-byte EBML integer, its length marker kept (element IDs) or removed (sizes). */
function vintValue(buf: Buffer, at: number, length: number, keepMarker: boolean): number {
  let value = keepMarker ? buf[at] : buf[at] & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + buf[at + i];
  return value;
}

// Muxers (libwebm, ffmpeg, browsers' MediaRecorder) write a handful of elements (SeekHead, Void,
// Info) before Tracks; thousands of tiny ones are an attempt to make the scan slow.
const MAX_EBML_SIBLINGS = 1024;

/** Reads one EBML element header at a time into its own fields, so a walk allocates nothing per element. */
class EbmlCursor {
  id = 0;
  dataAt = 0;
  size = 0;
  /** The size field is all ones: the element runs to the end of its parent (live-recorded Segments). */
  unknownSize = false;

  constructor(private readonly buf: Buffer) {}

  get end(): number {
    return this.dataAt + this.size;
  }

  /** Reads the header at `at`; false when it is malformed or a known size runs past `parentEnd`. */
  read(at: number, parentEnd: number): boolean {
    const idLength = vintLength(this.buf, at, parentEnd);
    if (idLength === 0 || idLength > 4) return false;
    const sizeAt = at + idLength;
    const sizeLength = vintLength(this.buf, sizeAt, parentEnd);
    if (sizeLength === 0) return false;
    this.id = vintValue(this.buf, at, idLength, true);
    this.size = vintValue(this.buf, sizeAt, sizeLength, false);
    this.unknownSize = this.size === 2 ** (7 * sizeLength) - 1;
    this.dataAt = sizeAt + sizeLength;
    return this.unknownSize || this.end <= parentEnd;
  }

  /** Moves to the first element with `id` among the siblings in [from, parentEnd); false if there is none. */
  find(id: number, from: number, parentEnd: number): boolean {
    let visited = 0;
    for (let at = from; at < parentEnd && at < SCAN_LIMIT && visited++ < MAX_EBML_SIBLINGS; at = this.end) {
      if (!this.read(at, parentEnd)) return false;
      if (this.id === id) return true;
      if (this.unknownSize) return false; // cannot be skipped
    }
    return false;
  }

  /** The unsigned integer in the current element, or -1 when it is not one. */
  uint(): number {
    if (this.unknownSize || this.size < 1 || this.size > 6) return -1;
    return this.buf.readUIntBE(this.dataAt, this.size);
  }
}

const EBML_HEADER_ID = 0x1a45dfa3;
const EBML_DOCTYPE_ID = 0x4282;
const SEGMENT_ID = 0x18538067;
const TRACKS_ID = 0x1654ae6b;
const TRACK_ENTRY_ID = 0xae;
const TRACK_TYPE_ID = 0x83;
const TRACK_TYPE_VIDEO = 1;

/** An EBML header declaring DocType webm, then a Segment whose Tracks hold a video track. */
function isWebm(buf: Buffer): boolean {
  if (buf.length < 8 || buf.readUInt32BE(0) !== EBML_HEADER_ID) return false;
  const el = new EbmlCursor(buf);
  if (!el.read(0, buf.length) || el.unknownSize) return false;
  const headerEnd = el.end;
  if (!el.find(EBML_DOCTYPE_ID, el.dataAt, headerEnd) || el.unknownSize || el.size > 64) return false;
  if (ascii(buf, el.dataAt, el.size).replace(/\0+$/, "") !== "webm") return false;
  if (!el.find(SEGMENT_ID, headerEnd, buf.length)) return false;
  const segmentEnd = el.unknownSize ? buf.length : el.end;
  if (!el.find(TRACKS_ID, el.dataAt, segmentEnd) || el.unknownSize) return false;
  return hasVideoTrack(el, el.dataAt, el.end);
}

function hasVideoTrack(el: EbmlCursor, tracksAt: number, tracksEnd: number): boolean {
  let at = tracksAt;
  while (el.find(TRACK_ENTRY_ID, at, tracksEnd) && !el.unknownSize) {
    const entryEnd = el.end;
    if (el.find(TRACK_TYPE_ID, el.dataAt, entryEnd) && el.uint() === TRACK_TYPE_VIDEO) return true;
    at = entryEnd;
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
