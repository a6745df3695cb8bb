// The background worker npm start runs beside the console (see lib/services/worker).
import "@/scripts/load-env";
import os from "node:os";
import { openDatabase } from "@/db/client";
import { consoleMode } from "@/lib/config/console-mode";
import { runDocumentJobs } from "@/lib/services/documents/job-runner";
import { createReaderPool } from "@/lib/services/documents/reader-pool";
import { consoleServerPid, processCpuMs, quietOptions, waitForQuietConsole } from "@/lib/services/worker/console-activity";
import { runWorker, type WorkerTask } from "@/lib/services/worker/run-worker";
import { getBlobStore } from "@/lib/storage/get-blob-store";

// The console's own requests come first: the worker runs at a lower CPU priority.
try {
  os.setPriority(10);
} catch {
  // not permitted here: run at normal priority
}

const db = openDatabase();
const store = getBlobStore();
const first: WorkerTask[] = [];
if (consoleMode() === "demo") {
  // Loaded only in demo mode: production never imports the demo folder.
  const { seedDemoData } = await import("@/demo/seed/demo-database");
  first.push({
    name: "demo data",
    run: async () => {
      let reported = 0;
      const state = await seedDemoData(db, {
        store,
        onProgress: (s) => {
          if (s.done - reported >= 50 || s.state !== "filings") {
            reported = s.done;
            console.log(`[worker] demo data: ${s.done} / ${s.total} filings${s.state === "filings" ? "" : `, ${s.state}`}`);
          }
        },
      });
      if (state.state === "done") console.log(`[worker] demo data ready: ${state.total} filings`);
    },
  });
}
// 证照比对: the durable document queue, read by DOCUMENT_READERS reader processes (default 1).
const pool = createReaderPool();
// The reader yields the machine to the console: each read starts when the server is quiet.
const serverPid = consoleServerPid();
const quiet = quietOptions();
const beforeRead = serverPid ? () => waitForQuietConsole(() => processCpuMs(serverPid), quiet) : undefined;
const extra: WorkerTask[] = [
  { name: "document reader", run: () => runDocumentJobs({ db, pool, beforeRead, log: (line) => console.log(`[worker] ${line}`) }) },
];
process.on("SIGTERM", () => {
  pool.close();
  process.exit(0);
});
await runWorker({ db, store, first, extra });
