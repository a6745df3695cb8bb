/** The sizes the materials route serves: the upload re-encoded without metadata, the viewer's preview, the strip's thumbnail. */
export type MaterialVariant = "original" | "preview" | "thumb";

/** Where the browser reads a material, by its public id: one spelling for the viewer, the strip and the page's preload hint. */
export function materialUrl(publicId: string, variant: MaterialVariant): string {
  return `/api/materials/${publicId}/${variant}`;
}
