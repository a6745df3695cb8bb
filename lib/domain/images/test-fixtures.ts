// Generated images for the lib/images tests. Built from raw pixels, so no loader is involved.
import { openRawPixels } from "@/lib/domain/images/sharp";

type Rgb = [number, number, number];

function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A scan-like page: off-white paper, lines of dark glyph blocks and, when coloured, a red seal. */
export function documentPixels(width: number, height: number, options: { seal?: boolean; seed?: number } = {}): Buffer {
  const random = rng(options.seed ?? 7);
  const data = Buffer.alloc(width * height * 3, 250);
  const glyph = Math.max(6, Math.round(width / 60));
  for (let y = glyph * 3; y + glyph < height - glyph * 2; y += Math.round(glyph * 1.8)) {
    for (let x = glyph * 2; x + glyph < width - glyph * 2; x += Math.round(glyph * 1.1)) {
      if (random() < 0.15) continue;
      // A glyph: a few strokes inside its cell.
      for (let s = 0; s < 3; s++) {
        const horizontal = random() < 0.5;
        const at = Math.floor(random() * glyph);
        for (let k = 0; k < glyph; k++) {
          for (let t = 0; t < Math.max(1, glyph >> 3); t++) {
            const px = horizontal ? x + k : x + Math.min(glyph - 1, at + t);
            const py = horizontal ? y + Math.min(glyph - 1, at + t) : y + k;
            data.fill(30, (py * width + px) * 3, (py * width + px) * 3 + 3);
          }
        }
      }
    }
  }
  if (options.seal) {
    const cx = width * 0.75;
    const cy = height * 0.75;
    const r = Math.min(width, height) * 0.12;
    for (let y = Math.floor(cy - r); y < cy + r; y++) {
      for (let x = Math.floor(cx - r); x < cx + r; x++) {
        const d = Math.hypot(x - cx, y - cy);
        if (d < r && (d > r * 0.85 || d < r * 0.3)) data.set([217, 38, 44], (y * width + x) * 3);
      }
    }
  }
  return data;
}

/** Smooth colour gradients with sensor-like noise, as a phone photo. */
export function photoPixels(width: number, height: number, seed = 3): Buffer {
  const random = rng(seed);
  const data = Buffer.alloc(width * height * 3);
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const n = (random() + random() + random() - 1.5) * 24;
      const i = (y * width + x) * 3;
      data[i] = clamp(120 + 80 * Math.sin(x / 150) + n);
      data[i + 1] = clamp(110 + 60 * Math.cos(y / 120) + n);
      data[i + 2] = clamp(100 + 50 * Math.sin((x + y) / 300) + n);
    }
  }
  return data;
}

/** Replaces each pixel by its luma, then tints it: per channel `luma * scale + offset`. */
export function tintedGrey(rgb: Buffer, scale: Rgb = [1, 1, 1], offset: Rgb = [0, 0, 0]): Buffer {
  const out = Buffer.alloc(rgb.length);
  for (let i = 0; i < rgb.length; i += 3) {
    const luma = 0.299 * rgb[i] + 0.587 * rgb[i + 1] + 0.114 * rgb[i + 2];
    for (let c = 0; c < 3; c++) out[i + c] = Math.max(0, Math.min(255, Math.round(luma * scale[c] + offset[c])));
  }
  return out;
}

export function jpegOf(rgb: Buffer, width: number, height: number, blurSigma = 0): Promise<Buffer> {
  const image = openRawPixels({ data: rgb, width, height, channels: 3 });
  return (blurSigma > 0 ? image.blur(blurSigma) : image).jpeg({ quality: 82 }).toBuffer();
}

export function solid(width: number, height: number, colour: Rgb = [200, 60, 40]): ReturnType<typeof openRawPixels> {
  const data = Buffer.alloc(width * height * 3);
  for (let i = 0; i < data.length; i += 3) data.set(colour, i);
  return openRawPixels({ data, width, height, channels: 3 });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A copy of a PNG whose IHDR claims width×height (with a valid CRC): a decompression bomb header. */
export function pngClaiming(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}
