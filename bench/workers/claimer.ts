// One concurrent claimer (bench step 5): its own connection; claims `quota` filings through
// claimNext once the parent says "go", then reports the ids it won.
import { openDatabase } from "@/db/client";
import { claimNext } from "@/db/queries/claims";
import { parseQueueParams } from "@/lib/queue/params";

export type ClaimerReport = { ok: true; claimed: number[] } | { ok: false; error: string };

const [file, userIdText, email, quotaText] = process.argv.slice(2);
const actor = { id: Number(userIdText), email };
const quota = Number(quotaText);
const db = openDatabase(file);
const params = parseQueueParams({});

process.once("message", () => {
  let report: ClaimerReport;
  const claimed: number[] = [];
  try {
    while (claimed.length < quota) {
      const id = claimNext(db, actor, params);
      if (id === null) break;
      claimed.push(id);
    }
    report = { ok: true, claimed };
  } catch (error) {
    report = { ok: false, error: String((error as Error).stack ?? error) };
  }
  db.$client.close();
  process.send!(report, () => process.exit(0));
});
process.send!("ready");
