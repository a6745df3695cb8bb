import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { databasePath, type Db } from "@/db/client";
import { iterateDecisionLog } from "@/db/queries/decision-log";
import { csvLine, UTF8_BOM } from "@/lib/audit/csv";
import { parseAuditParams } from "@/lib/audit/params";
import { requireApiRole } from "@/lib/guards";
import { reasonByCode } from "@/lib/reasons/catalog";

export const dynamic = "force-dynamic";

const HEADER = ["decided_at", "order_number", "revision", "province", "reviewer", "reviewer_email", "outcome", "reasons", "reason_texts", "overrides", "handling_seconds", "second_review"];

export async function GET(request: Request) {
  const auth = await requireApiRole("lead");
  if ("response" in auth) return auth.response;
  const params = parseAuditParams(new URL(request.url).searchParams);
  // Its own read-only connection: a statement being iterated keeps its connection busy, and
  // the app's connection must stay free for everyone else while the file streams out.
  const sqlite = new Database(databasePath(), { readonly: true, timeout: 5000 });
  const rows = iterateDecisionLog(drizzle(sqlite) as unknown as Db, params);
  const encoder = new TextEncoder();
  const close = () => {
    try {
      rows.return?.();
    } finally {
      sqlite.close();
    }
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvLine(HEADER)));
    },
    pull(controller) {
      let chunk = "";
      for (let i = 0; i < 500; i++) {
        const next = rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          close();
          return;
        }
        const r = next.value;
        const codes = r.reasons ? r.reasons.split(";") : [];
        chunk += csvLine([
          new Date(r.decidedAt).toISOString(),
          r.externalId,
          r.revision,
          r.province,
          r.reviewerName,
          r.reviewerEmail,
          r.outcome,
          codes.join("; "),
          codes.map((c) => reasonByCode(c)?.zh ?? c).join("；"),
          r.overrideCount,
          r.handlingMs === null ? "" : Math.round(r.handlingMs / 1000),
          r.qa ?? "",
        ]);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel: close,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="decisions-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
