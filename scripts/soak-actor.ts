// The soak's second writer: claims the next filing and decides it, over and over, reporting
// each decision id to the parent only after its transaction committed.
import { openDatabase } from "@/db/client";
import { getUserByEmail } from "@/db/queries/users";
import { parseQueueParams } from "@/lib/domain/queue/params";
import { claimNext } from "@/lib/services/claims/claims";
import { decide } from "@/lib/services/decisions/decide";

const db = openDatabase();
const reviewer = getUserByEmail(db, "reviewer@example.com");
if (!reviewer) process.exit(0);
const actor = { id: reviewer.id, email: reviewer.email };
let n = 0;
for (;;) {
  const id = claimNext(actor, parseQueueParams({}), { db });
  if (id === null) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    continue;
  }
  const approve = n++ % 2 === 0;
  const input = approve
    ? { filingId: id, revision: 1, outcome: "approved", overrideJustification: "soak" }
    : { filingId: id, revision: 1, outcome: "rejected", reasons: [{ code: "INFO_MISMATCH" }] };
  const result = decide(actor, input, { db, sampled: false });
  if (result.ok) process.send?.(result.decisionId);
  await new Promise((resolve) => setImmediate(resolve));
}
