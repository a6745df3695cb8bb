import { badgeVariants } from "@/components/ui/badge";
import { slaState } from "@/lib/domain/time/china-time";

type SlaLabel = "on_time" | "due_soon" | "overdue" | "closed";

// Badge classes resolved once: the badge sits in every queue row, and a Badge per row would
// resolve its variant (cva) on every render.
const CLASS: Record<SlaLabel, string> = {
  on_time: badgeVariants({ variant: "muted" }),
  due_soon: badgeVariants({ variant: "warning" }),
  overdue: badgeVariants({ variant: "error" }),
  closed: badgeVariants({ variant: "outline" }),
};

/** The SLA state of a filing: on time, due within 4 hours, overdue, or closed once decided. */
export function SlaBadge({ dueAt, now, open, labels }: { dueAt: number; now: number; open: boolean; labels: Record<SlaLabel, string> }) {
  const state = open ? slaState(dueAt, now) : "closed";
  return (
    <span data-slot="badge" className={CLASS[state]} data-sla={state}>
      {labels[state]}
    </span>
  );
}
