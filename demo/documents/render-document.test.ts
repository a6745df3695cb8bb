import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { measureImage, type ImageMeasures } from "@/lib/domain/images/quality";
import { BLUR_MIN_VARIANCE, GREY_MAX_CHROMA, MIN_SHORT_SIDE_PX } from "@/lib/domain/images/quality-thresholds";
import { sniffFile } from "@/lib/domain/images/sniff";
import { createBulkRenderer } from "@/demo/documents/bulk-renderer";
import { DOCUMENT_KINDS } from "@/demo/documents/document-kinds";
import { renderDocument, SMALL_SHORT_SIDE } from "@/demo/documents/render-document";
import { svgLoaderOpen } from "@/demo/documents/render-svg";

type Fired = { notColor: boolean; tooSmall: boolean; blurry: boolean };
const fired = (m: ImageMeasures): Fired => ({
  notColor: m.chroma < GREY_MAX_CHROMA,
  tooSmall: Math.min(m.width, m.height) < MIN_SHORT_SIDE_PX,
  blurry: m.laplacianVariance < BLUR_MIN_VARIANCE,
});
const NONE: Fired = { notColor: false, tooSmall: false, blurry: false };

describe("renderDocument", () => {
  it.each(DOCUMENT_KINDS)("%s: a colour JPEG of realistic size; each bad variant fires exactly its rule", async (kind) => {
    const data = { variant: 1, personName: "李娜", gender: "女" as const };
    const colour = await renderDocument(kind, data);
    expect(sniffFile(colour)).toEqual({ kind: "image", format: "jpeg" });
    const m = await measureImage(colour);
    expect(Math.max(m.width, m.height)).toBeGreaterThanOrEqual(1200);
    expect(Math.max(m.width, m.height)).toBeLessThanOrEqual(1760);
    expect(fired(m)).toEqual(NONE);

    const grey = await measureImage(await renderDocument(kind, data, { grey: true }));
    expect(fired(grey)).toEqual({ ...NONE, notColor: true });
    const small = await measureImage(await renderDocument(kind, data, { small: true }));
    expect(Math.min(small.width, small.height)).toBe(SMALL_SHORT_SIDE);
    expect(fired(small)).toEqual({ ...NONE, tooSmall: true });
    const blurred = await measureImage(await renderDocument(kind, data, { blurred: true }));
    expect(fired(blurred)).toEqual({ ...NONE, blurry: true });
  });

  it("prints the data it is given (different data, different image)", async () => {
    const a = await renderDocument("principal_id_front", { personName: "王芳", idNumber: "320102199001011234" });
    const b = await renderDocument("principal_id_front", { personName: "赵强", idNumber: "320102199001011234" });
    expect(a.equals(b)).toBe(false);
  });

  it("memoises identical requests", async () => {
    const first = renderDocument("other", { subjectName: "缓存测试有限公司" });
    expect(renderDocument("other", { subjectName: "缓存测试有限公司" })).toBe(first);
    await first;
  });

  it("closes the SVG loader again after concurrent renders", async () => {
    const renders = DOCUMENT_KINDS.slice(0, 6).map((kind) => renderDocument(kind, { variant: 4 }));
    expect(svgLoaderOpen()).toBe(true);
    await Promise.all(renders);
    expect(svgLoaderOpen()).toBe(false);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>');
    await expect(sharp(svg).png().toBuffer()).rejects.toThrow(/unsupported image format/);
  });

  describe("inside the Next server", () => {
    afterEach(() => {
      delete process.env.NEXT_RUNTIME;
    });
    it("refuses to open the SVG loader", async () => {
      process.env.NEXT_RUNTIME = "nodejs";
      await expect(renderDocument("other", { subjectName: "服务器内渲染" })).rejects.toThrow(/seed process/);
      expect(svgLoaderOpen()).toBe(false);
    });
  });
});

describe("createBulkRenderer", () => {
  it("renders at most variantsPerKind distinct documents per kind and option set", async () => {
    const render = createBulkRenderer(2);
    const names = ["甲", "乙", "丙", "丁", "戊"].map((n) => `${n}某某`);
    const images = await Promise.all(names.map((personName) => render("principal_id_back", { personName })));
    expect(new Set(images).size).toBe(2);
    // The first ones keep their own data; repeats of any request return the same bytes.
    expect(images[0]).toBe(await render("principal_id_back", { personName: names[0] }));
    expect(images[4]).toBe(await render("principal_id_back", { personName: names[4] }));
    const grey = await render("principal_id_back", { personName: names[0] }, { grey: true });
    expect(images).not.toContain(grey);
  });
});
