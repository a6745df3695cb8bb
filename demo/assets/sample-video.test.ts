import { statSync } from "node:fs";
import { expect, it } from "vitest";
import { sniffFile } from "@/lib/domain/images/sniff";
import { loadSampleVideo, sampleVideoPath } from "@/demo/assets/sample-video";

it.each(["webm", "mp4"] as const)("ships a small %s sample the sniffer recognises as video", async (format) => {
  expect(statSync(sampleVideoPath(format)).size).toBeLessThanOrEqual(60 * 1024);
  expect(sniffFile(await loadSampleVideo(format))).toEqual({ kind: "video", format });
});
