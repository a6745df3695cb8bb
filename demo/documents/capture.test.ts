import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { capture } from "@/demo/documents/capture";
import { randomCapture, type Quarter } from "@/demo/documents/capture-options";
import { createRng } from "@/demo/generate/prng";

// A turned upload holds the whole document, turned: the scan's size is the upright scan's, swapped.

const page = () =>
  sharp({ create: { width: 1600, height: 1100, channels: 3, background: { r: 240, g: 236, b: 226 } } })
    .png()
    .toBuffer();
const size = async (jpeg: Buffer) =>
  sharp(jpeg)
    .metadata()
    .then((m) => [m.width, m.height]);

describe("capture", () => {
  it.each<[Quarter, number[]]>([
    [0, [902, 620]],
    [90, [620, 902]],
    [180, [902, 620]],
    [270, [620, 902]],
  ])("scans at 620 px short side and turns by %i°", async (rotate, expected) => {
    const options = { ...randomCapture(createRng(1), "scan", rotate), scanShortSide: 620 };
    expect(await size(await capture(await page(), options))).toEqual(expected);
  });

  it("turns a phone photo's whole frame", async () => {
    const options = { ...randomCapture(createRng(2), "photo"), frameLongSide: 1200 };
    expect(await size(await capture(await page(), { ...options, rotate: 0 }))).toEqual([1200, 900]);
    expect(await size(await capture(await page(), { ...options, rotate: 90 }))).toEqual([900, 1200]);
  });
});
