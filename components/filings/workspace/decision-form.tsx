"use client";

import { CheckIcon, ChevronsRightIcon, EyeOffIcon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState, useTransition } from "react";
import { decideAction } from "@/lib/web/actions/workspace-actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { ReasonOption, WorkspaceViolation } from "@/lib/services/workspace/workspace-view";
import type { DecisionError } from "@/lib/domain/decisions/decision-errors";
import { useKeyboardShortcuts } from "@/lib/hooks/use-keyboard-shortcuts";
import { pick, toLocale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";
import { useDocumentViews } from "@/components/filings/workspace/document-views";
import { useWorkspaceFocus } from "@/components/filings/workspace/workspace-context";

interface Attachment {
  field: string | null;
  material: number | null;
}

interface Props {
  filingId: number;
  revision: number;
  canDecide: boolean;
  violations: WorkspaceViolation[];
  reasons: ReasonOption[];
  fieldLabels: Record<string, string>;
  materialLabels: Record<number, string>;
}

const keyOf = (a: Attachment) => `${a.field ?? ""}#${a.material ?? ""}`;

/** Reasons the flags suggest, attached to the same field or document (reasons.md). */
function suggestedReasons(violations: WorkspaceViolation[]): Map<string, Attachment[]> {
  const map = new Map<string, Attachment[]>();
  for (const v of violations) {
    const attachment =
      v.material !== null ? { field: null, material: v.material } : { field: v.path === "materials" ? null : v.path, material: null };
    const list = map.get(v.reason) ?? [];
    if (!list.some((a) => keyOf(a) === keyOf(attachment))) list.push(attachment);
    map.set(v.reason, list);
  }
  return map;
}

export function DecisionForm({ filingId, revision, canDecide, violations, reasons, fieldLabels, materialLabels }: Props) {
  const t = useTranslations("workspace.decision");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const suggested = useMemo(() => suggestedReasons(violations), [violations]);
  const errors = violations.filter((v) => v.severity === "error").length;

  const [outcome, setOutcome] = useState<"approved" | "rejected" | null>(null);
  const [chosen, setChosen] = useState<Map<string, Attachment[]>>(() => new Map(suggested));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [note, setNote] = useState("");
  const [internalNote, setInternalNote] = useState("");
  const [justification, setJustification] = useState("");
  const [error, setError] = useState<{ code: DecisionError; field?: string } | null>(null);
  const [submitting, startSubmit] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const nextRef = useRef(false);
  const { opened, flush } = useDocumentViews();
  const { focus } = useWorkspaceFocus();
  // Documents carrying an error flag that the reviewer has not looked at in the large viewer.
  const unopened = useMemo(
    () =>
      [...new Set(violations.filter((v) => v.severity === "error" && v.material !== null).map((v) => v.material!))].filter(
        (m) => !opened.has(m),
      ),
    [violations, opened],
  );

  const ordered = useMemo(
    () => [...reasons].sort((a, b) => Number(suggested.has(b.code)) - Number(suggested.has(a.code))),
    [reasons, suggested],
  );

  const toggle = (code: string) =>
    setChosen((current) => {
      const next = new Map(current);
      if (next.has(code)) next.delete(code);
      else next.set(code, suggested.get(code) ?? [{ field: null, material: null }]);
      return next;
    });

  const submit = (goNext: boolean) => {
    if (!outcome) {
      setError({ code: "invalid_input", field: "outcome" });
      return;
    }
    const payload = {
      filingId,
      revision,
      outcome,
      note,
      internalNote,
      overrideJustification: justification,
      reasons:
        outcome === "rejected"
          ? [...chosen].flatMap(([code, attachments]) =>
              attachments.map((a) => ({ code, field: a.field, material: a.material, note: notes[code] ?? "" })),
            )
          : [],
    };
    startSubmit(async () => {
      // The views so far are recorded first: the decision stores what was opened before it.
      await flush();
      const result = await decideAction({ decision: payload, next: goNext });
      if (result.ok) {
        router.refresh();
        return;
      }
      setError({ code: result.error as DecisionError, field: result.field });
      if (result.error === "not_pending" || result.error === "stale_revision") router.refresh();
    });
  };

  useKeyboardShortcuts(
    {
      a: () => setOutcome("approved"),
      r: () => setOutcome("rejected"),
      s: () => submit(false),
      n: () => submit(true),
    },
    canDecide,
  );

  const attachmentLabel = (a: Attachment) =>
    a.material !== null
      ? (materialLabels[a.material] ?? `#${a.material + 1}`)
      : a.field
        ? (fieldLabels[a.field] ?? a.field)
        : t("wholeFiling");

  return (
    <form
      ref={formRef}
      aria-label={t("title")}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit(nextRef.current);
        nextRef.current = false;
      }}
    >
      <div className="grid grid-cols-2 gap-2" role="radiogroup" aria-label={t("title")}>
        <Button
          type="button"
          role="radio"
          aria-checked={outcome === "approved"}
          variant={outcome === "approved" ? "success" : "outline"}
          disabled={!canDecide}
          onClick={() => setOutcome("approved")}
          data-testid="decision-approve"
        >
          <CheckIcon aria-hidden />
          {t("approve")}
          <kbd className="ml-1">A</kbd>
        </Button>
        <Button
          type="button"
          role="radio"
          aria-checked={outcome === "rejected"}
          variant={outcome === "rejected" ? "destructive" : "outline"}
          disabled={!canDecide}
          onClick={() => setOutcome("rejected")}
          data-testid="decision-reject"
        >
          <XIcon aria-hidden />
          {t("reject")}
          <kbd className="ml-1">R</kbd>
        </Button>
      </div>

      {outcome === "approved" && errors > 0 ? (
        <div className="space-y-1.5 rounded-md border border-destructive/30 bg-destructive/5 p-2">
          <label htmlFor="override-justification" className="text-sm font-medium">
            {t("override")}
          </label>
          <p className="text-xs text-muted-foreground">{t("overrideHint", { count: errors })}</p>
          <Textarea
            id="override-justification"
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            placeholder={t("overridePlaceholder")}
            maxLength={2000}
            aria-invalid={error?.code === "missing_justification" || undefined}
            data-testid="override-justification"
          />
        </div>
      ) : null}

      {outcome === "rejected" ? (
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">{t("reasons")}</legend>
          <p className="text-xs text-muted-foreground">{t("reasonsHint")}</p>
          <ul
            className="max-h-72 space-y-0.5 overflow-y-auto rounded-md border p-1"
            aria-invalid={error?.code === "missing_reason" || undefined}
          >
            {ordered.map((reason) => {
              const attachments = chosen.get(reason.code);
              return (
                <li key={reason.code} className={cn("rounded px-1.5 py-1", attachments && "bg-accent/70")}>
                  <label className="flex cursor-pointer items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 accent-[var(--color-primary)]"
                      checked={Boolean(attachments)}
                      onChange={() => toggle(reason.code)}
                      data-testid="reason-option"
                      data-reason={reason.code}
                    />
                    <span className="flex-1 leading-snug">
                      {pick(reason, locale)}
                      {suggested.has(reason.code) ? (
                        <span className="ml-1 rounded bg-primary/10 px-1 text-[10px] text-primary">{t("suggested")}</span>
                      ) : null}
                    </span>
                  </label>
                  {attachments ? (
                    <div className="ml-6 mt-1 space-y-1">
                      <p className="text-xs text-muted-foreground" data-testid="reason-fix">
                        {pick({ zh: reason.fixZh, en: reason.fixEn }, locale)}
                      </p>
                      <p className="flex flex-wrap gap-1 text-xs text-muted-foreground">
                        {t("attachTo")}:
                        {attachments.map((a) => (
                          <span key={keyOf(a)} className="rounded bg-card px-1 font-mono" data-testid="reason-attachment">
                            {attachmentLabel(a)}
                          </span>
                        ))}
                      </p>
                      <input
                        className="h-7 w-full rounded border border-input bg-card px-2 text-xs"
                        placeholder={t("reasonNote")}
                        aria-label={`${t("reasonNote")}: ${pick(reason, locale)}`}
                        value={notes[reason.code] ?? ""}
                        onChange={(e) => setNotes((n) => ({ ...n, [reason.code]: e.target.value }))}
                        maxLength={2000}
                        data-testid="reason-note"
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}

      {outcome ? (
        <>
          <div className="space-y-1">
            <label htmlFor="decision-note" className="text-sm font-medium">
              {t("note")}
            </label>
            <Textarea
              id="decision-note"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t("notePlaceholder")}
              maxLength={2000}
              data-testid="decision-note"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="decision-internal-note" className="text-sm font-medium">
              {t("internalNote")}
            </label>
            <Textarea
              id="decision-internal-note"
              value={internalNote}
              onChange={(e) => setInternalNote(e.target.value)}
              placeholder={t("internalNotePlaceholder")}
              maxLength={2000}
              className="min-h-12"
              data-testid="decision-internal-note"
            />
          </div>
        </>
      ) : null}

      {canDecide && unopened.length > 0 ? (
        <div
          role="note"
          className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm"
          data-testid="unopened-warning"
          data-materials={unopened.join(",")}
        >
          <p className="flex items-center gap-1.5 font-medium">
            <EyeOffIcon className="size-4 shrink-0" aria-hidden />
            {t("unopened.title")}
          </p>
          <p className="mt-0.5 text-xs text-muted-foreground">
            {t("unopened.hint", { documents: unopened.map((m) => materialLabels[m] ?? `#${m + 1}`).join("、") })}
          </p>
          <div className="mt-1.5 flex flex-wrap gap-1.5">
            {unopened.map((m) => (
              <Button
                key={m}
                type="button"
                size="sm"
                variant="outline"
                className="h-7"
                data-testid="unopened-open"
                data-material={m}
                onClick={() => focus({ material: m })}
              >
                {t("unopened.open")} {materialLabels[m] ?? `#${m + 1}`}
              </Button>
            ))}
          </div>
        </div>
      ) : null}

      {error ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive"
          data-testid="decision-error"
          data-error={error.code}
        >
          {error.field === "outcome" ? t("chooseOutcome") : t(`errors.${error.code}`, { field: error.field ?? "" })}
        </p>
      ) : null}

      {/* Side by side where the column is wide enough; "submit and next" takes its own row where it is not (English at 1280 px). */}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className="flex-1" disabled={!canDecide || submitting} data-testid="decision-submit">
          {submitting ? t("submitting") : t("submit")}
          <kbd className="ml-1 border-primary-foreground/30 bg-primary-foreground/15 text-primary-foreground">S</kbd>
        </Button>
        <Button
          type="submit"
          variant="secondary"
          className="grow"
          disabled={!canDecide || submitting}
          onClick={() => (nextRef.current = true)}
          data-testid="decision-submit-next"
        >
          <ChevronsRightIcon aria-hidden />
          {t("submitNext")}
          <kbd className="ml-1">N</kbd>
        </Button>
      </div>
    </form>
  );
}
