"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * next/link without prefetching on sight. Every console page is rendered per request for the
 * user who asks, so a prefetch is a server render: a workspace's header links cost two or three
 * (queue, rules) on every filing opened, an audit page's rows one workspace render each, and the
 * reviewer's next page waits behind them. A link prefetches when it is pointed at or focused —
 * when someone shows they may follow it — which still gives the queue's skeleton at once.
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  // Each intent prefetches, then runs the caller's own handler for it.
  const intent =
    <E,>(own?: (event: E) => void) =>
    (event: E) => {
      router.prefetch(href);
      own?.(event);
    };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={intent(onMouseEnter)}
      onFocus={intent(onFocus)}
      onTouchStart={intent(onTouchStart)}
    />
  );
}
