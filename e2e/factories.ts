import fs from "node:fs";
import { expect, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { buildInput, type FilingOverrides } from "@/lib/domain/rules/testing/make-filing";
import { INGEST_TOKEN } from "@/e2e/accounts";
import { ownDocument } from "@/e2e/own-documents";
import type { FilingInput } from "@/lib/domain/validation/filing";

let sequence = 0;
let imageCache: Promise<Buffer> | undefined;

/** A sharp, colourful, large-enough document photo, so no image-quality rule fires. */
function documentImage(): Promise<Buffer> {
  imageCache ??= (async () => {
    const width = 900;
    const height = 640;
    const pixels = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        const stripe = (Math.floor(x / 12) + Math.floor(y / 12)) % 2 === 0;
        pixels[i] = stripe ? 220 : 30;
        pixels[i + 1] = (x * 255) / width;
        pixels[i + 2] = stripe ? 40 : 200;
      }
    }
    return sharp(pixels, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      .toBuffer();
  })();
  return imageCache;
}

export function uniqueExternalId(prefix = "E2E"): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${sequence}`;
}

export interface IngestedFiling {
  id: string;
  externalId: string;
  revision: number;
  violations: { rule: string; severity: string; path: string }[];
}

/** Sends a filing through the real ingestion API: its own licence and ID cards, generated images for the rest. */
export async function ingest(
  request: APIRequestContext,
  base: "unit" | "individual",
  ...overrides: FilingOverrides[]
): Promise<IngestedFiling> {
  const document = buildInput(base, { externalId: uniqueExternalId(), submittedAt: new Date().toISOString() }, ...overrides);
  const response = await postFiling(request, document);
  if (response.status() !== 201) throw new Error(`ingest failed: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Like ingest, with some materials' bytes given by file name (e.g. a rendered ID card for "id-front.jpg"). */
export async function ingestWithFiles(
  request: APIRequestContext,
  base: "unit" | "individual",
  files: Record<string, Buffer>,
  ...overrides: FilingOverrides[]
): Promise<IngestedFiling> {
  const document = buildInput(base, { externalId: uniqueExternalId(), submittedAt: new Date().toISOString() }, ...overrides);
  const response = await postFiling(request, document, files);
  if (response.status() !== 201) throw new Error(`ingest failed: ${response.status()} ${await response.text()}`);
  return response.json();
}

export async function postFiling(request: APIRequestContext, document: Record<string, unknown>, files?: Record<string, Buffer>) {
  const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = { filing: JSON.stringify(document) };
  const materials = (document.materials as { file: string; kind: string; website?: number }[] | undefined) ?? [];
  for (const material of materials) {
    const buffer =
      files?.[material.file] ??
      (material.kind === "js_commitment_video"
        ? fs.readFileSync("demo/assets/sample-commitment.webm")
        : await (ownDocument(document as FilingInput, material) ?? documentImage()));
    multipart[material.file] = { name: material.file, mimeType: "application/octet-stream", buffer };
  }
  return request.post("/api/v1/filings", { headers: { Authorization: `Bearer ${INGEST_TOKEN}` }, multipart });
}

export async function getUpstream(request: APIRequestContext, externalId: string) {
  const response = await request.get(`/api/v1/filings/${externalId}`, { headers: { Authorization: `Bearer ${INGEST_TOKEN}` } });
  return { status: response.status(), body: await response.json() };
}

/** The upstream view once the decision's undo window has closed (DECISION_HOLD_SECONDS in playwright.config.ts). */
export async function waitForRelease(request: APIRequestContext, externalId: string) {
  let upstream = await getUpstream(request, externalId);
  await expect
    .poll(
      async () => {
        upstream = await getUpstream(request, externalId);
        return upstream.body.status;
      },
      { timeout: 40_000, intervals: [1_000] },
    )
    .not.toBe("pending");
  return upstream;
}
