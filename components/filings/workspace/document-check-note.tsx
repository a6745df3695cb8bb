"use client";

import { FileWarningIcon, ScanTextIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** How often a pending page asks for the comparison; the reader takes seconds per document. */
const REFRESH_MS = 5_000;
/** Past this, a reviewer still on the page reloads by hand: a stuck queue must not poll forever. */
const REFRESH_FOR_MS = 10 * 60_000;

/**
 * 证照比对 not (fully) there: while the documents are read the DOC_* flags are still to come, so
 * the page re-renders itself until they arrive (client state, such as a half-written decision,
 * survives a refresh); after a failed read the reviewer compares by eye.
 */
export function DocumentCheckNote({ state }: { state: "pending" | "done" | "failed" }) {
  const t = useTranslations("workspace.documents");
  const router = useRouter();

  useEffect(() => {
    if (state !== "pending") return;
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started > REFRESH_FOR_MS) window.clearInterval(timer);
      else if (document.visibilityState === "visible") router.refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [state, router]);

  if (state === "done") return null;
  // The icon pulses three times, not for as long as the read takes: an endless animation makes
  // the compositor draw a frame every vsync for as long as the page is open.
  if (state === "pending")
    return (
      <p
        className="flex items-center gap-2 rounded-lg border border-dashed bg-card px-3 py-2 text-xs text-muted-foreground"
        data-testid="document-check-note"
        data-state={state}
        role="status"
      >
        <ScanTextIcon className="size-4 shrink-0 animate-pulse text-primary/70 [animation-iteration-count:3]" aria-hidden />
        <span>
          <span className="font-medium text-foreground">{t("pending")}</span> {t("pendingHint")}
        </span>
      </p>
    );
  return (
    <p
      className="flex items-start gap-2 rounded-lg border border-warning/40 bg-warning/10 px-3 py-2 text-xs text-warning-foreground"
      data-testid="document-check-note"
      data-state={state}
      role="status"
    >
      <FileWarningIcon className="mt-px size-4 shrink-0" aria-hidden />
      <span>
        <span className="font-medium">{t("failed")}</span> {t("failedHint")}
      </span>
    </p>
  );
}
