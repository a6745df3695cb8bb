// Synthetic filings for the demo database, `npm run seed` and the benchmark.
export { checkWithoutImages, type TextCheck } from "@/demo/generate/check-text";
export { createFilePool, type FilePool, type PooledFile } from "@/demo/generate/file-pool";
export {
  createGenerator,
  DEFAULT_SEED,
  PAIR_MIN_GAP,
  type FilingGenerator,
  type GenerateOptions,
  type GeneratedFiling,
} from "@/demo/generate/generate";
export type { FileSpec } from "@/demo/generate/materials";
export { CYCLE_LENGTH, FAULT_CYCLE, FAULT_WEIGHTS, IMAGE_FAULTS, PAIR_FAULTS } from "@/demo/generate/plan";
export { createFileRenderer, GENERIC_VARIANTS, renderFiles, SCAN_SHORT_SIDE, type FileBytes } from "@/demo/generate/render-files";
