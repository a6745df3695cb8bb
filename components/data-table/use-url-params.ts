"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

/** Keyset cursors of a page (the neighbouring row): they belong to the page they came with. */
const CURSOR_KEYS = ["after", "before"];

/**
 * Table state lives in the URL. Updates replace the given keys (null or "" removes one) and
 * reset the page unless the page itself changes; a page's keyset cursor goes with any update
 * that does not set one. The transition keeps the old rows on screen.
 */
export function useUrlParams() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const setParams = useCallback(
    (patch: Record<string, string | number | null | undefined>, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      if (!("page" in patch)) next.delete("page");
      for (const key of CURSOR_KEYS) if (!(key in patch)) next.delete(key);
      const query = next.toString();
      const href = query ? `${pathname}?${query}` : pathname;
      startTransition(() => (options.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [pathname, router, searchParams],
  );

  return { searchParams, setParams, pending };
}
