import "server-only";
// Why: the one entry point — reads a stored document of a known kind, finds its orientation by the spec's rule, and boxes each field in the stored image's pixels.

import sharp from "sharp";
import type { OcrEngine, OcrLine, Quarter } from "@/lib/domain/documents/engine";
import { ocrEngine } from "./ocr-engine";
import { extractIdBack } from "@/lib/domain/documents/extract-id-back";
import { extractIdFront } from "@/lib/domain/documents/extract-id-front";
import { extractLicence } from "@/lib/domain/documents/extract-licence";
import { boxFromUpright, linesToUpright, orientationOf, type Size } from "@/lib/domain/documents/geometry";
import type { DocumentReading, Extraction, Field, ReadableKind } from "@/lib/domain/documents/reading";

export type ReadOptions = {
  engine?: OcrEngine;
  /** Let the engine guess the orientation before the first pass (default), or try 0, 90, 180, 270 in turn. */
  guessOrientation?: boolean;
};

const EXTRACTORS: Record<ReadableKind, (lines: OcrLine[]) => Extraction<string>> = {
  subject_certificate: extractLicence,
  principal_id_front: extractIdFront,
  site_principal_id_front: extractIdFront,
  principal_id_back: extractIdBack,
  site_principal_id_back: extractIdBack,
};

export async function readDocument(image: Buffer, kind: ReadableKind, options: ReadOptions = {}): Promise<DocumentReading> {
  const started = performance.now();
  const engine = options.engine ?? (await ocrEngine());
  const extract = EXTRACTORS[kind];
  const size = await storedSize(image);
  const guess = options.guessOrientation ?? true;

  let best: { o: Quarter; extraction: Extraction<string> } | undefined;
  const tried = new Set<Quarter>();
  let next: Quarter | "auto" = guess ? "auto" : 0;
  for (;;) {
    const lines = await engine.recognize(image, { orientation: next });
    const o: Quarter = next === "auto" ? (orientationOf(lines) ?? 0) : next;
    tried.add(o);
    const extraction = extract(linesToUpright(lines, o, size));
    if (!best || score(extraction) > score(best.extraction)) best = { o, extraction };
    if (extraction.numbered && extraction.labelled) break;
    // Upside down is the likeliest miss of a guess; then the two sideways turns.
    const order = [o, (o + 180) % 360, (o + 90) % 360, (o + 270) % 360] as Quarter[];
    const untried = order.find((q) => !tried.has(q));
    if (untried === undefined) break;
    next = untried;
  }
  const result = best as { o: Quarter; extraction: Extraction<string> };
  const fields: Record<string, Field> = {};
  for (const [name, field] of Object.entries(result.extraction.fields)) {
    if (field) fields[name] = { ...field, box: boxFromUpright(field.box, result.o, size) };
  }
  return {
    kind,
    fields,
    orientation: result.o,
    unreadable: !result.extraction.numbered,
    ms: Math.round(performance.now() - started),
    passes: tried.size,
  };
}

function score(e: Extraction<string>): number {
  return (e.numbered ? 10 : 0) + (e.labelled ? 5 : 0) + Object.keys(e.fields).length;
}

/** Width and height as displayed (EXIF orientation applied), from the header only. */
async function storedSize(image: Buffer): Promise<Size> {
  const meta = await sharp(image, { failOn: "error" }).metadata();
  const swap = (meta.orientation ?? 1) >= 5;
  return { width: swap ? meta.height : meta.width, height: swap ? meta.width : meta.height };
}
