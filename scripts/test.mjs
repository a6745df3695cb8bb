// npm test: lint, unit tests (vitest), browser tests (Playwright) on a fresh temporary database,
// and the README's quick start on a fresh clone; then exactly one closing line
// "N passed, N failed[, N skipped]". `npm test -- --unit` (or --lint, --e2e, --fresh-clone)
// runs only those stages; arguments after the stage flags go to that runner.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildState } from "./build-freshness.mjs";

const STAGES = ["lint", "unit", "e2e", "fresh-clone"];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "brd-test-"));
const reports = {
  unit: path.join(dataDir, "vitest.json"),
  e2e: path.join(dataDir, "playwright.json"),
  freshClone: path.join(dataDir, "fresh-clone.json"),
};
const args = process.argv.slice(2);
const chosen = STAGES.filter((stage) => args.includes(`--${stage}`));
const stages = chosen.length > 0 ? chosen : STAGES;
const extra = args.filter((a) => !STAGES.includes(a.replace(/^--/, "")));
const passThrough = chosen.length === 1 ? extra : [];

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

function banner(name) {
  console.log(`\n── ${name} ${"─".repeat(Math.max(0, 60 - name.length))}`);
}

if (stages.includes("lint") && fs.existsSync("eslint.config.mjs")) {
  banner("lint");
  // One test: the whole tree is lint- and format-clean, or it is not.
  if (run("npm", ["run", "-s", "lint"]) === 0) passed += 1;
  else failed += 1;
}

if (stages.includes("unit")) {
  banner("unit tests (vitest)");
  const status = run("npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reports.unit}`,
    ...passThrough,
  ]);
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

if (stages.includes("e2e")) {
  banner("browser tests (Playwright)");
  // Never test yesterday's pages: build when there is none or a source changed since.
  const build = buildState();
  if (build !== "fresh") {
    console.log(build === "missing" ? "no build yet: building…" : "sources changed since the last build: rebuilding…");
    if (run("npx", ["next", "build"]) !== 0) failed += 1;
  }
  const status = run("npx", ["playwright", "test", "--reporter=list,json", ...passThrough], {
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

if (stages.includes("fresh-clone")) {
  banner("the README's quick start on a fresh clone");
  run("node", ["scripts/fresh-clone-check.mjs"], { FRESH_CLONE_REPORT: reports.freshClone });
  const report = readJson(reports.freshClone);
  if (report) {
    passed += report.passed;
    failed += report.failed;
  } else {
    failed += 1;
  }
}

if (!process.env.KEEP_TEST_DATA) fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
