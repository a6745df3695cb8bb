import { Badge } from "@/components/ui/badge";
import { slaState } from "@/lib/domain/time/china-time";

const VARIANT = { on_time: "muted", due_soon: "warning", overdue: "error" } as const;

export function SlaBadge({
  dueAt,
  now,
  open,
  labels,
}: {
  dueAt: number;
  now: number;
  open: boolean;
  labels: Record<"on_time" | "due_soon" | "overdue" | "closed", string>;
}) {
  if (!open)
    return (
      <Badge variant="outline" data-sla="closed">
        {labels.closed}
      </Badge>
    );
  const state = slaState(dueAt, now);
  return (
    <Badge variant={VARIANT[state]} data-sla={state}>
      {labels[state]}
    </Badge>
  );
}
