// Why: greedy CTC decoding that keeps each character's confidence (the packaged pipelines throw it away), and input padding.

export function padWidth(src: Float32Array, width: number, height: number, target: number): Float32Array {
  if (width === target) return src;
  const out = new Float32Array(3 * height * target);
  for (let c = 0; c < 3; c++) {
    for (let y = 0; y < height; y++) {
      out.set(src.subarray((c * height + y) * width, (c * height + y + 1) * width), (c * height + y) * target);
    }
  }
  return out;
}

/** Greedy CTC: best class per step, repeats and blanks dropped; keeps each character's probability. */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, dictionary: string[]): { text: string; chars: number[] } {
  let text = "";
  const chars: number[] = [];
  let last = -1;
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let p = probs[t * classes];
    for (let c = 1; c < classes; c++) {
      const v = probs[t * classes + c];
      if (v > p) {
        p = v;
        best = c;
      }
    }
    if (best !== 0 && best !== last) {
      const ch = dictionary[best - 1] ?? "";
      text += ch;
      for (let i = 0; i < ch.length; i++) chars.push(p);
    }
    last = best;
  }
  return { text, chars };
}
