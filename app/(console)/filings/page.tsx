import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimNextButton } from "@/components/filings/claim-next-button";
import { FilingsTable } from "@/components/filings/filings-table";
import { FilingsToolbar } from "@/components/filings/filings-toolbar";
import type { QueueRowView } from "@/components/filings/queue-types";
import { SavedViewsMenu } from "@/components/filings/saved-views-menu";
import { ShortcutsHelp } from "@/components/filings/shortcuts-help";
import { getDb } from "@/db/client";
import { getQueue, type QueueRow } from "@/db/queries/queue";
import { getSavedViews } from "@/db/queries/saved-views";
import { requireUser } from "@/lib/guards";
import { maskIdNumber, maskPersonName } from "@/lib/pii/mask";
import { effectiveDir, parseQueueParams } from "@/lib/queue/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("queue");
  return { title: t("title") };
}

/** Individuals' names and ID numbers are personal data; units' are public registry data. */
function toRowView(row: QueueRow): QueueRowView {
  const individual = row.subjectKind === "individual";
  return {
    id: row.id,
    externalId: row.externalId,
    revision: row.revision,
    type: row.type,
    province: row.province,
    subjectKind: row.subjectKind,
    subject: individual ? maskPersonName(row.subjectName) : row.subjectName,
    certificate: individual ? maskIdNumber(row.certificateNumber) : row.certificateNumber,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    submittedAt: row.submittedAt,
    slaDueAt: row.slaDueAt,
    status: row.status,
    holderEmail: row.holderEmail,
    holderName: row.holderName,
  };
}

export default async function FilingsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = parseQueueParams(await props.searchParams);
  const now = Date.now();
  const db = getDb();
  const { rows, total } = getQueue(db, params, { userId: user.id, now });
  const t = await getTranslations("queue");

  return (
    <div className="mx-auto max-w-[1600px] space-y-3 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <span className="text-sm text-muted-foreground">
          {t.rich("total", {
            count: String(total),
            n: (chunks) => (
              <span data-testid="filings-total" className="font-medium tabular-nums text-foreground">
                {chunks}
              </span>
            ),
          })}
        </span>
        <div className="ml-auto flex items-center gap-2">
          <ShortcutsHelp
            title={t("shortcuts.title")}
            openLabel={t("shortcuts.open")}
            shortcuts={[
              { keys: ["j", "↓"], label: t("shortcuts.down") },
              { keys: ["k", "↑"], label: t("shortcuts.up") },
              { keys: ["Enter"], label: t("shortcuts.enter") },
              { keys: ["n"], label: t("shortcuts.next") },
              { keys: ["/"], label: t("shortcuts.search") },
              { keys: ["?"], label: t("shortcuts.help") },
            ]}
          />
          <SavedViewsMenu views={getSavedViews(db, user.id)} />
          <ClaimNextButton />
        </div>
      </div>
      <FilingsToolbar params={params} />
      <FilingsTable rows={rows.map(toRowView)} total={total} page={params.page} perPage={params.perPage} sort={params.sort} dir={effectiveDir(params)} now={now} me={user.email} />
    </div>
  );
}
