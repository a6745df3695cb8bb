// Synthetic filings for the demo database, `npm run seed` and the benchmark.
export { checkWithoutImages, type TextCheck } from "./check-text";
export { createFilePool, type FilePool, type PooledFile } from "./file-pool";
export { createGenerator, DEFAULT_SEED, PAIR_MIN_GAP, type FilingGenerator, type GenerateOptions, type GeneratedFiling } from "./generate";
export type { FileSpec } from "./materials";
export { CYCLE_LENGTH, FAULT_CYCLE, FAULT_WEIGHTS, IMAGE_FAULTS, PAIR_FAULTS } from "./plan";
export { createFileRenderer, GENERIC_VARIANTS, renderFiles, SCAN_SHORT_SIDE, type FileBytes } from "./render-files";
