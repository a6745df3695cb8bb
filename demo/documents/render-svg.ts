// Configure sharp for untrusted input FIRST, so its block list is in place before any window
// below opens (importing it later, mid-render, would re-block SVG under a running render).
import "@/lib/domain/images/sharp";
import sharp, { type Sharp } from "sharp";

// The SVG loader (librsvg) is blocked for untrusted uploads. Demo documents are SVG that this
// code writes itself, so the seed opens the loader only while such a render runs. Block lists
// are process-global in libvips, hence the count: the loader stays open while any render is in
// flight and is blocked again when the last one finishes. The Next server never imports this
// module; a seed that runs inside the server process would briefly widen its attack surface.
const SVG_LOADER = ["VipsForeignLoadSvgBuffer"];
let openRenders = 0;

function openSvgLoader(): void {
  if (process.env.NEXT_RUNTIME) throw new Error("SVG rendering is for the seed process, not the server");
  if (openRenders++ === 0) sharp.unblock({ operation: SVG_LOADER });
}

function closeSvgLoader(): void {
  if (--openRenders === 0) sharp.block({ operation: SVG_LOADER });
}

/** Runs `finish` on a pipeline over our own SVG, with the SVG loader open until it resolves. */
export async function renderTrustedSvg<T>(svg: string, finish: (image: Sharp) => Promise<T>): Promise<T> {
  openSvgLoader();
  try {
    return await finish(sharp(Buffer.from(svg), { failOn: "error" }));
  } finally {
    closeSvgLoader();
  }
}

/** For tests: whether a render currently holds the SVG loader open. */
export function svgLoaderOpen(): boolean {
  return openRenders > 0;
}
