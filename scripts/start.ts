// npm start: migrate, create the demo database on first run, then serve.
import "./load-env";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { databasePath, migrateDatabase, openDatabase } from "@/db/client";
import { createDemoDatabase } from "@/db/seed/demo-database";
import { seedReasonCatalog } from "@/db/seed/reasons";

const port = process.env.PORT ?? "3000";
if (!process.env.AUTH_SECRET && !process.env.NEXTAUTH_SECRET) {
  console.error("AUTH_SECRET is not set: run `npm run setup` (writes .env.local) or set it in the environment.");
  process.exit(1);
}
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

const fresh = !fs.existsSync(databasePath());
const db = openDatabase();
migrateDatabase(db);
seedReasonCatalog(db);
if (fresh) {
  const count = Number(process.env.DEMO_FILINGS ?? 300);
  console.log(`No database at ${databasePath()}: creating the demo database with ${count} filings…`);
  const started = Date.now();
  await createDemoDatabase(db, { filings: count });
  console.log(`demo database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
db.$client.close();

// V8 otherwise lets garbage grow to ~4x the live heap (~50 MB) between collections.
const server = spawn(process.execPath, ["--max-old-space-size=512", "node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
