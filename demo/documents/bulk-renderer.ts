import { resolveData, type DocumentData } from "@/demo/documents/document-data";
import type { DocumentKind } from "@/demo/documents/document-kinds";
import { renderDocument, type RenderOptions } from "@/demo/documents/render-document";

export type BulkRenderer = (kind: DocumentKind, data?: DocumentData, options?: RenderOptions) => Promise<Buffer>;

/**
 * For seeding hundreds of filings: the first `variantsPerKind` distinct documents of each kind
 * (and option set) are rendered with their own data; later requests reuse one of those renders,
 * picked by a hash of their data, so at most variantsPerKind renders happen per kind and option
 * set however many filings are seeded. Reused images print another filing's names: fine for a
 * demo, where no rule reads the text. Pass Infinity for exact renders throughout.
 */
export function createBulkRenderer(variantsPerKind = 6): BulkRenderer {
  const slots = new Map<string, string[]>();
  const byKey = new Map<string, Promise<Buffer>>();
  return (kind, data = {}, options = {}) => {
    const slotKey = JSON.stringify([kind, !!options.grey, !!options.small, !!options.blurred]);
    const dataKey = JSON.stringify(resolveData(data));
    const taken = slots.get(slotKey) ?? [];
    slots.set(slotKey, taken);
    let chosen = dataKey;
    if (!taken.includes(dataKey)) {
      if (taken.length < variantsPerKind) taken.push(dataKey);
      else chosen = taken[hash(dataKey) % taken.length];
    }
    const key = `${slotKey}|${chosen}`;
    let job = byKey.get(key);
    if (!job) {
      job = renderDocument(kind, JSON.parse(chosen) as DocumentData, options);
      byKey.set(key, job);
      job.catch(() => byKey.delete(key));
    }
    return job;
  };
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
