import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimNextButton } from "@/components/filings/claim-next-button";
import { FilingsTable } from "@/components/filings/filings-table";
import { FilingsToolbar } from "@/components/filings/filings-toolbar";
import { SavedViewsMenu } from "@/components/filings/saved-views-menu";
import { ShortcutsHelp } from "@/components/filings/shortcuts-help";
import { HeldDecisionsToast } from "@/components/shell/held-decisions-toast";
import { listHeldDecisions } from "@/lib/services/decisions/undo-window";
import { parseQueueCursor } from "@/lib/services/queue/queue-cursor";
import { getQueuePage, listSavedViews } from "@/lib/services/queue/queue-page";
import { requireUser } from "@/lib/web/guards";
import { requestTime } from "@/lib/web/request-time";
import { effectiveDir, parseQueueParams } from "@/lib/domain/queue/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("queue");
  return { title: t("title") };
}

export default async function FilingsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const searchParams = await props.searchParams;
  const params = parseQueueParams(searchParams);
  const now = requestTime();
  const { rows, total, totalCapped, hasMore, page } = getQueuePage(user, params, { now, cursor: parseQueueCursor(searchParams) });
  const t = await getTranslations("queue");

  return (
    <div className="mx-auto max-w-[1600px] space-y-3 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <span className="text-sm text-muted-foreground">
          {t.rich("total", {
            count: String(total),
            // Digits only inside the test id (testing-contract.md); a capped search total gets its "+" outside.
            n: (chunks) => (
              <>
                <span data-testid="filings-total" className="font-medium tabular-nums text-foreground">
                  {chunks}
                </span>
                {totalCapped ? <span className="font-medium text-foreground">+</span> : null}
              </>
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
          <SavedViewsMenu {...listSavedViews(user)} canShare={user.role === "lead"} />
          <ClaimNextButton />
        </div>
      </div>
      <FilingsToolbar params={params} />
      <FilingsTable
        rows={rows}
        total={total}
        totalCapped={totalCapped}
        hasMore={hasMore}
        page={page}
        perPage={params.perPage}
        sort={params.sort}
        dir={effectiveDir(params)}
        now={now}
        me={user.email}
      />
      {/* "Submit and next" may land here: the decisions still in their window stay one click from undo. */}
      <HeldDecisionsToast held={listHeldDecisions(user, { now })} serverNow={now} />
    </div>
  );
}
