import "server-only";
import { getDb } from "@/db/client";
import { getUpstreamView, type UpstreamView } from "@/db/queries/upstream-view";

export type { UpstreamView };

/** What the upstream system reads back for one order (see db/queries/upstream-view). */
export function readUpstreamView(externalId: string): UpstreamView | null {
  return getUpstreamView(getDb(), externalId);
}
