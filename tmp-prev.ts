import { renderDocument } from "@/lib/seed/documents/render-document";
import sharp from "sharp";
const kinds = process.argv.slice(2);
for (const arg of kinds) { const [kind, v] = arg.split(":");
  const jpg = await renderDocument(kind as any, { variant: Number(v ?? 1) });
  await sharp(jpg).png().toFile(`/tmp/doc-preview-${kind}-${v ?? 1}.png`);
}
