import { randomInt } from "node:crypto";

/** Share of each reviewer's decisions drawn for second review; overrides always go too. */
export function qaSampleRate(): number {
  const configured = Number(process.env.QA_SAMPLE_RATE ?? "0.05");
  return Number.isFinite(configured) && configured >= 0 && configured <= 1 ? configured : 0.05;
}

/** An independent draw per decision, so every reviewer is sampled at the same rate. */
export function drawForSecondReview(rate = qaSampleRate(), random: () => number = () => randomInt(1_000_000) / 1_000_000): boolean {
  return random() < rate;
}
