import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Workdir {
  dir: string;
  dbPath: string;
  uploadsDir: string;
  remove(): void;
}

/** A fresh temporary directory for the bench database and uploads; never the console's own data/. */
export function createWorkdir(): Workdir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-bench-"));
  const uploadsDir = path.join(dir, "uploads");
  fs.mkdirSync(uploadsDir);
  return {
    dir,
    dbPath: path.join(dir, "bench.db"),
    uploadsDir,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
