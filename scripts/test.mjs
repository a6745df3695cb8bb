// npm test: unit tests (vitest), then browser tests (Playwright) on a fresh temporary database,
// then exactly one closing line "N passed, N failed[, N skipped]".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-test-"));
const reports = { unit: path.join(dataDir, "vitest.json"), e2e: path.join(dataDir, "playwright.json") };
const args = process.argv.slice(2);
const only = args.includes("--unit") ? "unit" : args.includes("--e2e") ? "e2e" : "all";
const extra = args.filter((a) => a !== "--unit" && a !== "--e2e");

function run(command, commandArgs, env = {}) {
  return spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } }).status;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

if (only !== "e2e") {
  const status = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports.unit}`, ...(only === "unit" ? extra : [])]);
  const report = readJson(reports.unit);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A suite that failed to load has no failed tests but is a failure all the same.
    if (status !== 0 && report.numFailedTests === 0) failed += Math.max(1, report.numFailedTestSuites ?? 1);
  } else {
    failed += 1;
  }
}

if (only !== "unit") {
  if (!fs.existsSync(".next/BUILD_ID")) run("npx", ["next", "build"]);
  const status = run("npx", ["playwright", "test", "--reporter=list,json", ...(only === "e2e" ? extra : [])], {
    E2E_DATA_DIR: dataDir,
    PLAYWRIGHT_JSON_OUTPUT_NAME: reports.e2e,
  });
  const report = readJson(reports.e2e);
  if (report?.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    if (status !== 0 && report.stats.unexpected === 0) failed += 1;
  } else {
    failed += 1;
  }
}

if (!process.env.KEEP_TEST_DATA) fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
