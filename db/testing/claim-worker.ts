// One concurrent claimer: its own connection, claiming until the queue is empty.
import { openDatabase } from "../client";
import { claimNext } from "../queries/claims";
import { parseQueueParams } from "@/lib/queue/params";

const [file, userIdText] = process.argv.slice(2);
const userId = Number(userIdText);
const db = openDatabase(file);
const claimed: number[] = [];
for (;;) {
  const id = claimNext(db, { id: userId, email: `u${userId}@example.com` }, parseQueueParams({}));
  if (id === null) break;
  claimed.push(id);
}
db.$client.close();
process.send?.(claimed, () => process.exit(0));
