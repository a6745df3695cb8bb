import { ArrowLeftIcon } from "lucide-react";
import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SlaBadge } from "@/components/filings/sla-badge";
import { ShortcutsHelp } from "@/components/filings/shortcuts-help";
import { ClaimBar } from "@/components/filings/workspace/claim-bar";
import { DecisionForm } from "@/components/filings/workspace/decision-form";
import { DecisionHold } from "@/components/filings/workspace/decision-hold";
import { DocumentViewsProvider } from "@/components/filings/workspace/document-views";
import { HeldDecisionsToast } from "@/components/shell/held-decisions-toast";
import { listHeldDecisions } from "@/lib/services/decisions/undo-window";
import { DocumentCheckNote } from "@/components/filings/workspace/document-check-note";
import { fieldReadings, viewerBoxes } from "@/components/filings/workspace/document-reads";
import { FilingFields } from "@/components/filings/workspace/filing-fields";
import { HistoryPanel } from "@/components/filings/workspace/history-panel";
import { ImagePanel } from "@/components/filings/workspace/image-panel";
import { QaPanel } from "@/components/filings/workspace/qa-panel";
import { RevisionDiffPanel } from "@/components/filings/workspace/revision-diff-panel";
import { ViolationList } from "@/components/filings/workspace/violation-list";
import { WorkspaceFocusProvider } from "@/components/filings/workspace/workspace-context";
import { Badge } from "@/components/ui/badge";
import { getWorkspaceView } from "@/lib/services/workspace/workspace-view";
import { requireUser } from "@/lib/web/guards";
import { requestTime } from "@/lib/web/request-time";
import { pick, toLocale } from "@/lib/i18n/locales";
import { FILING_TYPE_LABELS, MATERIAL_KIND_LABELS, PROVINCE_LABELS } from "@/lib/domain/validation/labels";
import type { FilingType, MaterialKind, Province } from "@/lib/domain/validation/constants";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { id } = await props.params;
  return { title: `#${id}` };
}

const STATUS_VARIANT = { pending: "secondary", approved: "success", rejected: "error" } as const;

export default async function FilingWorkspacePage(props: Props) {
  const user = await requireUser();
  const { id } = await props.params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const now = requestTime();
  const view = getWorkspaceView(user, Number(id), { now });
  if (!view) notFound();
  const {
    ws,
    fields,
    violations,
    severityByPath,
    flaggedMaterials,
    reasons,
    timeline,
    diff,
    pending,
    mine,
    standing,
    latest,
    documentCheck,
    documentBoxes,
    openedMaterials,
  } = view;

  const t = await getTranslations("workspace");
  const tq = await getTranslations("queue");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const fieldLabels = Object.fromEntries(fields.map((f) => [f.path, pick(f.label, locale)]));
  const materialLabels = Object.fromEntries(
    ws.materials.map((m) => [m.idx, pick(MATERIAL_KIND_LABELS[m.kind as MaterialKind] ?? { zh: m.kind, en: m.kind }, locale)]),
  );

  const submitted = t("submitted", {
    time: format.dateTime(ws.submittedAt, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }),
  });

  return (
    <WorkspaceFocusProvider firstMaterial={ws.materials[0]?.idx ?? null}>
      <DocumentViewsProvider key={`${ws.id}-${ws.revision}`} filingId={ws.id} openedBefore={openedMaterials}>
        <div className="flex flex-col">
          {/* One line from xl up: the columns below are sized to the viewport minus one line of this bar;
              the submission time gives way (truncated, whole in its title) before anything wraps. */}
          <div className="sticky top-12 z-30 flex flex-wrap items-center gap-3 border-b bg-card px-4 py-2 xl:flex-nowrap">
            <IntentLink
              href="/filings"
              className="inline-flex shrink-0 items-center gap-1 whitespace-nowrap text-sm text-muted-foreground hover:text-foreground"
              data-testid="back-to-queue"
            >
              <ArrowLeftIcon className="size-4" aria-hidden />
              {t("back")}
            </IntentLink>
            <h1 className="whitespace-nowrap font-mono text-base font-semibold" data-testid="filing-external-id">
              {ws.externalId}
            </h1>
            <Badge variant="outline">{t("revision", { n: ws.revision })}</Badge>
            <Badge variant={STATUS_VARIANT[ws.status]} data-testid="filing-status" data-status={ws.status}>
              {tq(`status.${ws.status}`)}
            </Badge>
            <span className="whitespace-nowrap text-sm">
              {pick(FILING_TYPE_LABELS[ws.type as FilingType] ?? { zh: ws.type, en: ws.type }, locale)}
            </span>
            <span className="whitespace-nowrap text-sm">
              {pick(PROVINCE_LABELS[ws.province as Province] ?? { zh: ws.province, en: ws.province }, locale)}
            </span>
            <Badge
              variant={documentCheck === "failed" ? "warning" : documentCheck === "pending" ? "outline" : "muted"}
              data-testid="document-check-status"
              data-state={documentCheck}
              title={documentCheck === "done" ? undefined : tq(`documentCheck.${documentCheck}Hint`)}
            >
              {tq(`documentCheck.${documentCheck}`)}
            </Badge>
            <span className="min-w-0 truncate text-xs text-muted-foreground" title={submitted}>
              {submitted}
            </span>
            <SlaBadge
              dueAt={ws.slaDueAt}
              now={now}
              open={pending}
              labels={{ on_time: tq("sla.on_time"), due_soon: tq("sla.due_soon"), overdue: tq("sla.overdue"), closed: tq("sla.closed") }}
            />
            <div className="ml-auto flex shrink-0 items-center gap-2">
              <ClaimBar filingId={ws.id} pending={pending} holder={ws.holder} me={{ email: user.email, role: user.role }} />
              <ShortcutsHelp
                title={t("shortcuts.title")}
                openLabel={t("shortcuts.title")}
                shortcuts={[
                  { keys: ["a"], label: t("shortcuts.approve") },
                  { keys: ["r"], label: t("shortcuts.reject") },
                  { keys: ["s"], label: t("shortcuts.submit") },
                  { keys: ["n"], label: t("shortcuts.next") },
                  { keys: ["?"], label: t("shortcuts.help") },
                ]}
              />
            </div>
          </div>

          <div className="grid gap-3 p-3 xl:grid-cols-[minmax(340px,0.9fr)_minmax(420px,1.35fr)_minmax(320px,0.85fr)]">
            <div className="space-y-3 xl:max-h-[calc(100vh-7.5rem-2px)] xl:overflow-y-auto">
              {diff ? (
                <RevisionDiffPanel
                  from={diff.from}
                  fields={diff.result.fields}
                  materials={diff.result.materials}
                  previousRejection={diff.previousRejection}
                />
              ) : null}
              <DocumentCheckNote state={documentCheck} />
              <ViolationList filingId={ws.id} violations={violations} ruleSetVersion={ws.ruleSetVersion} />
              <FilingFields
                filingId={ws.id}
                rows={fields}
                severityByPath={severityByPath}
                individual={ws.subjectKind === "individual"}
                readings={fieldReadings(documentBoxes, fields, violations)}
              />
            </div>
            {/* At xl the page fits the viewport — two 3 rem bars with their 1 px borders and the
                grid's padding (7.5 rem + 2 px) — and the side columns scroll inside it, so this
                column need not stick: a sticky element is a composited layer of its own, which
                software rendering (no GPU: remote desktops, headless) rasterizes apart — it cost
                the first document image ≈ 50 ms. */}
            <div className="xl:h-[calc(100vh-8rem)]">
              <ImagePanel
                materials={ws.materials}
                flaggedMaterials={flaggedMaterials}
                documentBoxes={viewerBoxes(documentBoxes, violations)}
              />
            </div>
            <div className="space-y-3 xl:max-h-[calc(100vh-7.5rem-2px)] xl:overflow-y-auto">
              <section className="rounded-lg border bg-card p-3" aria-labelledby="decision-title">
                <h2 id="decision-title" className="mb-2 text-sm font-semibold">
                  {t("decision.title")}
                </h2>
                {standing && !pending ? (
                  <div
                    data-testid="decision-outcome"
                    data-outcome={standing.outcome}
                    className={
                      standing.outcome === "approved"
                        ? "rounded-md border border-success/30 bg-success/10 p-3 text-sm"
                        : "rounded-md border border-destructive/30 bg-destructive/10 p-3 text-sm"
                    }
                  >
                    <p className="font-semibold">{t(`decision.outcome.${standing.outcome}`)}</p>
                    <p className="text-xs text-muted-foreground">
                      {t("decision.decidedBy", {
                        name: standing.reviewerName,
                        time: format.dateTime(standing.decidedAt, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }),
                      })}
                    </p>
                    {standing.holdUntil > now ? (
                      <DecisionHold
                        decisionId={standing.id}
                        holdUntil={standing.holdUntil}
                        serverNow={now}
                        canUndo={standing.reviewerId === user.id}
                      />
                    ) : null}
                  </div>
                ) : pending ? (
                  <>
                    {!mine ? (
                      <p className="mb-2 rounded-md bg-muted px-3 py-2 text-xs text-muted-foreground" data-testid="decision-locked">
                        {ws.holder ? t("claim.heldByOther", { name: ws.holder.name }) : t("claim.mustClaim")}
                      </p>
                    ) : null}
                    <DecisionForm
                      key={`${ws.id}-${ws.revision}`}
                      filingId={ws.id}
                      revision={ws.revision}
                      canDecide={mine}
                      violations={violations}
                      reasons={reasons}
                      fieldLabels={fieldLabels}
                      materialLabels={materialLabels}
                    />
                  </>
                ) : null}
              </section>
              {user.role === "lead" && latest && !pending && latest.revision === ws.revision ? (
                <QaPanel decisionId={latest.id} ownDecision={latest.reviewerId === user.id} review={latest.qa} />
              ) : null}
              <HistoryPanel decisions={ws.decisions} timeline={timeline} />
            </div>
          </div>
        </div>
      </DocumentViewsProvider>
      {/* Decisions still in their window on other filings ("submit and next" moved on from them). */}
      <HeldDecisionsToast held={listHeldDecisions(user, { now })} serverNow={now} />
    </WorkspaceFocusProvider>
  );
}
