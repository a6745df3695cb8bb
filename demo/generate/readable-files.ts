import { READABLE_KINDS, type ReadableKind } from "@/lib/domain/documents/reading";
import { RESIDENT_ID_CARD } from "@/lib/domain/validation/constants";
import type { FilingInput } from "@/lib/domain/validation/filing";
import { planCapture } from "@/demo/generate/capture-plan";
import type { FileSpec } from "@/demo/generate/materials";
import type { Rng } from "@/demo/generate/prng";

// The files the document reader will read (lib/domain/documents/readable.ts, on the document as
// sent): a unit's licence and the sides of every 居民身份证. They print the filing's own data and
// are captured as an applicant would upload them; nothing else the generator sends is read.

type Material = NonNullable<FilingInput["materials"]>[number];
type ImageSpec = Extract<FileSpec, { type: "image" }>;

const READABLE: ReadonlySet<string> = new Set(READABLE_KINDS);

/** The person a material of an ID kind shows: the principal, or its website's principal. */
export function materialOwner(document: FilingInput, material: Material): FilingInput["principal"] | undefined {
  if (material.kind.startsWith("principal_id")) return document.principal;
  if (material.kind.startsWith("site_principal_id")) return document.websites[material.website ?? 0]?.principal;
  return undefined;
}

function isRead(document: FilingInput, material: Material): material is Material & { kind: ReadableKind } {
  if (!READABLE.has(material.kind)) return false;
  if (material.kind === "subject_certificate") return document.subject.kind === "unit";
  return materialOwner(document, material)?.idType === RESIDENT_ID_CARD;
}

/** Marks each file a readable material names with the kind it is read as. */
export function markReadable(document: FilingInput, files: readonly FileSpec[]): void {
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const material of document.materials ?? []) {
    const spec = byName.get(material.file);
    if (spec?.type === "image" && isRead(document, material)) spec.readAs = material.kind;
  }
}

/** The readable files, in file order. */
export function readableFiles(files: readonly FileSpec[]): (ImageSpec & { readAs: ReadableKind })[] {
  return files.filter((f): f is ImageSpec & { readAs: ReadableKind } => f.type === "image" && f.readAs !== undefined);
}

/**
 * A capture for each readable file sent clean. Degraded ones (grey, small, blurred: the image
 * faults) stay as rendered, so their measures stay those the image rules were calibrated on.
 */
export function planCaptures(files: readonly FileSpec[], rng: Rng): void {
  for (const spec of readableFiles(files)) {
    const capture = planCapture(rng); // drawn for every readable file, so a later fault never shifts the others
    if (spec.quality === "clean") spec.capture = capture;
  }
}
