// Regenerates the tiny files under ./files that the example filings reference:
//   npx tsx lib/domain/rules/examples/make-example-files.ts
// Flat tiles and straight gradients keep the PNGs to a few KB while still measuring as
// sharp/colour, grey, small or blurry.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

const OUT = join(import.meta.dirname, "files");
type Rgb = [number, number, number];

function tiles(width: number, height: number, tile: number, a: Rgb, b: Rgb): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = (Math.floor(x / tile) + Math.floor(y / tile)) % 2 === 0 ? a : b;
      data.set(c, (y * width + x) * 3);
    }
  }
  return data;
}

function gradient(width: number, height: number, from: Rgb, to: Rgb): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = x / (width - 1);
      data.set(
        from.map((f, i) => Math.round(f + (to[i] - f) * t)),
        (y * width + x) * 3,
      );
    }
  }
  return data;
}

async function png(name: string, data: Buffer, width: number, height: number): Promise<void> {
  await sharp(data, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 9, palette: true })
    .toFile(join(OUT, name));
}

await png("colour.png", tiles(640, 800, 32, [200, 40, 40], [250, 250, 245]), 640, 800);
await png("grey.png", tiles(640, 800, 32, [90, 90, 90], [245, 245, 245]), 640, 800);
await png("small.png", tiles(400, 300, 20, [30, 90, 200], [250, 250, 245]), 400, 300);
await png("blurry.png", gradient(800, 640, [220, 60, 60], [60, 60, 220]), 800, 640);
// An ISO-BMFF 'ftyp' box with an MP4 brand: enough for the sniffer to call it a video.
writeFileSync(
  join(OUT, "commitment.mp4"),
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom"), Buffer.from([0, 0, 2, 0]), Buffer.from("isommp42")]),
);
