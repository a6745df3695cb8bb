/** The sizes the materials route serves: the upload re-encoded without metadata, the viewer's preview, the strip's thumbnail. */
export const MATERIAL_VARIANTS = ["original", "preview", "thumb"] as const;
export type MaterialVariant = (typeof MATERIAL_VARIANTS)[number];

/** A path segment the materials route serves, or not. */
export function isMaterialVariant(value: string): value is MaterialVariant {
  return (MATERIAL_VARIANTS as readonly string[]).includes(value);
}

/** Where the browser reads a material, by its public id: one spelling for the viewer, the strip and the route. */
export function materialUrl(publicId: string, variant: MaterialVariant): string {
  return `/api/materials/${publicId}/${variant}`;
}
