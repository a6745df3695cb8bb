import { DownloadIcon } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTabs } from "@/components/audit/audit-tabs";
import { AuditToolbar } from "@/components/audit/audit-toolbar";
import { DecisionsTable } from "@/components/audit/decisions-table";
import { Button } from "@/components/ui/button";
import { getDecisionLogPage } from "@/lib/services/audit/audit-pages";
import { AUDIT_PAGE_SIZE, parseAuditParams, toAuditQuery } from "@/lib/domain/audit/params";
import { requireRole } from "@/lib/web/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("lead");
  const params = parseAuditParams(await props.searchParams);
  const { rows, total, reviewers } = getDecisionLogPage(params);
  const t = await getTranslations("audit");
  return (
    <div className="mx-auto max-w-[1600px] space-y-3 p-4">
      <AuditTabs />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <span className="text-sm text-muted-foreground">
          {t.rich("total", {
            count: String(total),
            n: (chunks) => (
              <span data-testid="decisions-total" className="font-medium text-foreground">
                {chunks}
              </span>
            ),
          })}
        </span>
        <Button asChild variant="outline" className="ml-auto">
          <a href={`/audit/export${toAuditQuery({ ...params, page: 1 })}`} data-testid="audit-export" download>
            <DownloadIcon aria-hidden />
            {t("export")}
          </a>
        </Button>
      </div>
      <AuditToolbar params={params} reviewers={reviewers} />
      <DecisionsTable rows={rows} total={total} page={params.page} pageSize={AUDIT_PAGE_SIZE} />
    </div>
  );
}
