// One concurrent claimer: its own connection, claiming until the queue is empty.
import { closeDatabase, openDatabase } from "@/db/client";
import { claimNext } from "@/lib/services/claims/claims";
import { parseQueueParams } from "@/lib/domain/queue/params";

const [file, userIdText] = process.argv.slice(2);
const userId = Number(userIdText);
const db = openDatabase(file);
const claimed: number[] = [];
for (;;) {
  const id = claimNext({ id: userId, email: `u${userId}@example.com` }, parseQueueParams({}), { db });
  if (id === null) break;
  claimed.push(id);
}
closeDatabase(db);
process.send?.(claimed, () => process.exit(0));
