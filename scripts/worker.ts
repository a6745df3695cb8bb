// The background worker npm start runs beside the console (see lib/services/worker).
import "@/scripts/load-env";
import os from "node:os";
import { openDatabase } from "@/db/client";
import { consoleMode } from "@/lib/config/console-mode";
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
await runWorker({ db, store, first });
