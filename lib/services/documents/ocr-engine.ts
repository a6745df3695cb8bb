import "server-only";
import type { OcrEngine } from "@/lib/domain/documents/engine";

let engine: Promise<OcrEngine> | undefined;

/** The process's one engine (PaddleOCR PP-OCRv4 via the `paddleocr` runtime), loaded on first use. */
export function ocrEngine(): Promise<OcrEngine> {
  engine ??= import("./paddle-engine").then((m) => m.createPaddleEngine());
  engine.catch(() => (engine = undefined));
  return engine;
}
