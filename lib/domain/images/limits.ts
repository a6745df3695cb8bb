// Input limits shared by the header check (before any decode) and the sharp constructor.

/** Largest accepted image, in pixels (ASVS 5.0 5.2.6 "pixel flood"; phone photos are 12–50 MP). */
export const MAX_IMAGE_PIXELS = 50_000_000;

export function exceedsPixelLimit(size: { width: number; height: number }): boolean {
  return size.width * size.height > MAX_IMAGE_PIXELS;
}
