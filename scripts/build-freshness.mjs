// Whether `.next` was built from the sources as they are now: npm start and npm test rebuild
// rather than serve (or test) yesterday's pages.
import fs from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "messages",
  "proxy.ts",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const BUILD_MARK = ".next/BUILD_ID";

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** "missing" without a build, "stale" when a source changed after it, else "fresh". */
export function buildState(root = process.cwd()) {
  const mark = path.join(root, BUILD_MARK);
  if (!fs.existsSync(mark)) return "missing";
  const built = fs.statSync(mark).mtimeMs;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  return newest > built ? "stale" : "fresh";
}
