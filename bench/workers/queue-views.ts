// The queue step (bench step 3) in a process of its own: the console runs its queries in a server
// process, not in one that has just bulk-seeded the database. Measured in the seeding process, the
// floor itself ran ≈ 2 × slower (0.21 against 0.10 ms) and the app's JavaScript more so (its heap
// and its compiled code full of the seed's work). Sends the step's output to the parent and exits.
import { runQueue, type QueueStepOutput } from "@/bench/steps/queue";

export type QueueViewsReport = { ok: true; output: QueueStepOutput } | { ok: false; error: string };

const [file, budgetText] = process.argv.slice(2);
let report: QueueViewsReport;
try {
  report = { ok: true, output: runQueue(file, budgetText ? { budgetMs: Number(budgetText) } : {}) };
} catch (error) {
  report = { ok: false, error: (error as Error).stack ?? String(error) };
}
process.send!(report, () => process.exit(0));
