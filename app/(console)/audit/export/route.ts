import { csvLine, UTF8_BOM } from "@/lib/domain/audit/csv";
import { parseAuditParams } from "@/lib/domain/audit/params";
import { reasonByCode } from "@/lib/domain/reasons/catalog";
import { openDecisionLogExport } from "@/lib/services/audit/audit-pages";
import { requireApiRole } from "@/lib/web/guards";

export const dynamic = "force-dynamic";

const HEADER = [
  "decided_at",
  "order_number",
  "revision",
  "province",
  "reviewer",
  "reviewer_email",
  "outcome",
  "reasons",
  "reason_texts",
  "overrides",
  "handling_seconds",
  "second_review",
];
const ROWS_PER_CHUNK = 500;

export async function GET(request: Request) {
  const auth = await requireApiRole("lead");
  if ("response" in auth) return auth.response;
  const params = parseAuditParams(new URL(request.url).searchParams);
  const { rows, close } = openDecisionLogExport(params);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvLine(HEADER)));
    },
    pull(controller) {
      let chunk = "";
      for (let i = 0; i < ROWS_PER_CHUNK; i++) {
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
