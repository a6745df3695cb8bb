"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

// What the reviewer looked at (issue: lead insight). Every stretch a document is shown in the large
// viewer while the page is visible is reported to /api/views, to the second: when the reviewer
// switches documents, hides or leaves the page (sendBeacon), and before a decision is submitted
// (awaited, so the decision finds its views recorded).

/** Shorter glimpses (clicking through the strip) are not "opened". */
const MIN_VIEW_MS = 250;

interface ViewReport {
  material: number;
  openedAt: number;
  seconds: number;
}

interface DocumentViews {
  /** Documents this reviewer has opened on this revision (recorded earlier or in this visit). */
  opened: ReadonlySet<number>;
  /** The documents the large viewer shows now (one, or two when comparing). */
  setDisplayed: (materials: number[]) => void;
  /** Records the stretches so far; resolves when the server has them (or could not be reached). */
  flush: () => Promise<void>;
}

const Context = createContext<DocumentViews | null>(null);

export function DocumentViewsProvider({
  filingId,
  openedBefore,
  children,
}: {
  filingId: number;
  openedBefore: number[];
  children: React.ReactNode;
}) {
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => new Set(openedBefore));
  const displayed = useRef<number[]>([]);
  // Open stretches: material → when it started showing (page visible).
  const since = useRef(new Map<number, number>());
  const pending = useRef<ViewReport[]>([]);
  const glimpse = useRef<ReturnType<typeof setTimeout> | null>(null);

  const close = useCallback((materials: Iterable<number>, now: number) => {
    for (const material of materials) {
      const start = since.current.get(material);
      since.current.delete(material);
      if (start === undefined || now - start < MIN_VIEW_MS) continue;
      pending.current.push({ material, openedAt: start, seconds: Math.max(1, Math.round((now - start) / 1000)) });
    }
  }, []);

  const start = useCallback((materials: Iterable<number>, now: number) => {
    if (document.visibilityState !== "visible") return;
    const started: number[] = [];
    for (const material of materials)
      if (!since.current.has(material)) {
        since.current.set(material, now);
        started.push(material);
      }
    if (started.length === 0) return;
    // Shown long enough to count as opened: the unopened warning clears without a switch.
    if (glimpse.current) clearTimeout(glimpse.current);
    glimpse.current = setTimeout(() => {
      const still = started.filter((m) => since.current.has(m));
      if (still.length > 0) setOpened((set) => (still.every((m) => set.has(m)) ? set : new Set([...set, ...still])));
    }, MIN_VIEW_MS);
  }, []);

  const body = useCallback(() => JSON.stringify({ filingId, views: pending.current.splice(0, 50) }), [filingId]);

  const beacon = useCallback(() => {
    if (pending.current.length === 0) return;
    navigator.sendBeacon("/api/views", new Blob([body()], { type: "application/json" }));
  }, [body]);

  const setDisplayed = useCallback(
    (materials: number[]) => {
      const now = Date.now();
      close(
        displayed.current.filter((m) => !materials.includes(m)),
        now,
      );
      displayed.current = materials;
      start(materials, now);
      beacon();
    },
    [beacon, close, start],
  );

  const flush = useCallback(async () => {
    const now = Date.now();
    close([...since.current.keys()], now);
    start(displayed.current, now);
    if (pending.current.length === 0) return;
    try {
      await fetch("/api/views", { method: "POST", headers: { "Content-Type": "application/json" }, body: body(), keepalive: true });
    } catch {
      // The decision is not held up by a lost view report; the log then shows fewer documents opened.
    }
  }, [body, close, start]);

  useEffect(() => {
    const onVisibility = () => {
      const now = Date.now();
      if (document.visibilityState === "visible") start(displayed.current, now);
      else {
        close([...since.current.keys()], now);
        beacon();
      }
    };
    const onLeave = () => {
      close([...since.current.keys()], Date.now());
      beacon();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onLeave);
      // Client-side navigation (back to the queue, "submit and next") ends the stretches too.
      onLeave();
      if (glimpse.current) clearTimeout(glimpse.current);
    };
  }, [beacon, close, start]);

  const value = useMemo(() => ({ opened, setDisplayed, flush }), [opened, setDisplayed, flush]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useDocumentViews(): DocumentViews {
  const value = useContext(Context);
  if (!value) throw new Error("useDocumentViews outside DocumentViewsProvider");
  return value;
}
