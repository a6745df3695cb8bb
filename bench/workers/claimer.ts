// One concurrent claimer (bench step 5): its own connection; claims `quota` filings through
// claimNext once the parent says "go", then reports the ids it won. A claim that fails with
// SQLITE_BUSY (the 5 s busy timeout ran out) is counted and tried again, as a reviewer would.
import { openDatabase } from "@/db/client";
import { claimNext } from "@/lib/services/claims/claims";
import { parseQueueParams } from "@/lib/domain/queue/params";

export type ClaimerReport = { ok: true; claimed: number[]; busy: number; latenciesMs: number[] } | { ok: false; error: string };

const MAX_BUSY = 50;

const [file, userIdText, email, quotaText] = process.argv.slice(2);
const actor = { id: Number(userIdText), email };
const quota = Number(quotaText);
const db = openDatabase(file);
const params = parseQueueParams({});

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? "";
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

process.once("message", () => {
  let report: ClaimerReport;
  const claimed: number[] = [];
  const latenciesMs: number[] = [];
  let busy = 0;
  try {
    while (claimed.length < quota) {
      const start = performance.now();
      let id: number | null;
      try {
        id = claimNext(actor, params, { db });
      } catch (error) {
        if (!isBusy(error) || ++busy > MAX_BUSY) throw error;
        continue;
      }
      latenciesMs.push(performance.now() - start);
      if (id === null) break;
      claimed.push(id);
    }
    report = { ok: true, claimed, busy, latenciesMs };
  } catch (error) {
    report = { ok: false, error: String((error as Error).stack ?? error) };
  }
  db.$client.close();
  process.send!(report, () => process.exit(0));
});
// The bench died or gave up: stop with it rather than claim on alone.
process.once("disconnect", () => process.exit(1));
process.send!("ready");
