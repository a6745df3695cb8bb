// npm run setup: everything a fresh machine needs, idempotent.
import { execSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";

function run(command, options = {}) {
  console.log(`\n$ ${command}`);
  execSync(command, { stdio: "inherit", ...options });
}

// onnxruntime-node's install script downloads CUDA libraries from the internet unless told not
// to; the document reader runs on the CPU binaries already inside the package.
process.env.ONNXRUNTIME_NODE_INSTALL = "skip";

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function hasCjkFont() {
  return has("fc-list") && spawnSync("sh", ["-c", "fc-list :lang=zh | grep -q ."], { stdio: "ignore" }).status === 0;
}

run("npm install --no-audit --no-fund");

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const isDebian = fs.existsSync("/etc/debian_version");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const missing = [];
if (!fs.existsSync(chromiumPath)) missing.push("chromium");
if (!hasCjkFont()) missing.push("fonts-noto-cjk");
if (missing.length > 0) {
  if (isRoot && isDebian) {
    run("apt-get update -q");
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${missing.join(" ")} fontconfig`);
  } else {
    console.warn(`\nMissing ${missing.join(", ")}: install them (or set CHROMIUM_PATH) for browser tests and Chinese text in images.`);
  }
}

if (!fs.existsSync(".env.local")) {
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(".env.local", `# Written by npm run setup. Keep out of version control.\nAUTH_SECRET=${secret}\n`, { mode: 0o600 });
  console.log("\nwrote .env.local with a new AUTH_SECRET");
}

run("npx tsx --conditions=react-server db/migrate.ts");
run("npx next build");
