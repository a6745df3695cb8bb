import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The product's spec lives outside the repository, in shared/ beside it (as in CI), or where
// SHARED_DIR says. Conformance tests read it; a missing spec fails them rather than skipping.
const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(REPO, "..", "shared");

export function readShared(relativePath: string): string {
  const file = path.join(SHARED_DIR, relativePath);
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new Error(`the shared spec is missing: ${file} (set SHARED_DIR to the folder holding spec/, seeds/ and reference/)`);
  }
}
