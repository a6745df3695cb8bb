import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// scripts/test.mjs creates a fresh data directory per run and passes it in E2E_DATA_DIR.
const dataDir = process.env.E2E_DATA_DIR ?? path.resolve("data/e2e");
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "./e2e",
  testMatch: "*.spec.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Two cores shared with the server and its worker: multi-persona flows need the headroom.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  outputDir: path.join(dataDir, "test-results"),
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/start.ts",
    // 503 until the background demo data is complete: the specs rely on the demo filings.
    url: `${baseURL}/api/health?ready=demo`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_PATH: path.join(dataDir, "console.db"),
      UPLOADS_DIR: path.join(dataDir, "uploads"),
      DEMO_FILINGS: process.env.E2E_DEMO_FILINGS ?? "40",
      // A short undo window: long enough to click 撤销 in a test, short enough to wait out.
      DECISION_HOLD_SECONDS: process.env.E2E_DECISION_HOLD_SECONDS ?? "8",
      // The browser tests keep the console busy throughout: the reader waits at most 1 s for a
      // quiet moment (30 s by default), so the documents the tests upload are still read in time.
      DOCUMENT_READER_MAX_WAIT_MS: process.env.E2E_DOCUMENT_READER_MAX_WAIT_MS ?? "1000",
      NEXTAUTH_URL: baseURL,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789abcdef",
    },
  },
});
