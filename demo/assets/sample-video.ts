import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// 3 s, 320×240, 12 fps, no audio: a blue card reading 网站备案信息真实性承诺 / 示例承诺视频 (演示)
// with a 1/3 – 3/3 counter. Made once with ffmpeg (see make-sample-video.sh); ffmpeg is not a
// dependency of the app. WebM is VP9 (11 KB), MP4 is H.264 baseline (6 KB).

export type SampleVideoFormat = "webm" | "mp4";

/** Absolute path of the sample 承诺视频 (js_commitment_video) in the given container. */
export function sampleVideoPath(format: SampleVideoFormat = "webm"): string {
  return fileURLToPath(new URL(`./sample-commitment.${format}`, import.meta.url));
}

export function loadSampleVideo(format: SampleVideoFormat = "webm"): Promise<Buffer> {
  return readFile(sampleVideoPath(format));
}
