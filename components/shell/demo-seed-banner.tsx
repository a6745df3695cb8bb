"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

type Progress = { state: "filings" | "decisions" | "done"; done: number; total: number };

const POLL_MS = 4000;
/** Re-render the page once this many new filings have arrived (not on every one). */
const REFRESH_STEP = 20;

/** While the demo data arrives in the background: how far it is, and the page keeps up. */
export function DemoSeedBanner({ initial }: { initial: Progress }) {
  const t = useTranslations("app");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const shown = useRef(initial.done);

  useEffect(() => {
    if (progress.state === "done") return;
    const timer = setInterval(async () => {
      const response = await fetch("/api/health", { cache: "no-store" }).catch(() => null);
      const body = (await response?.json().catch(() => null)) as { demoData?: Progress } | null;
      if (!body?.demoData) return;
      setProgress(body.demoData);
      if (body.demoData.state === "done" || body.demoData.done - shown.current >= REFRESH_STEP) {
        shown.current = body.demoData.done;
        router.refresh();
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [progress.state, router]);

  if (progress.state === "done") return null;
  return (
    <div
      role="status"
      data-testid="demo-seed-progress"
      data-done={progress.done}
      data-total={progress.total}
      className="border-b bg-amber-50 px-4 py-1.5 text-xs text-amber-900"
    >
      {progress.state === "filings" ? t("demoSeeding", { done: progress.done, total: progress.total }) : t("demoSeedingDecisions")}
    </div>
  );
}
