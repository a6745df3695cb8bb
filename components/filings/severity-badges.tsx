import { AlertTriangleIcon, CheckCircle2Icon, XCircleIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";

interface Props {
  errorCount: number;
  warningCount: number;
  labels: { errors: string; warnings: string; clean: string };
}

/** Error and warning counts, coloured by the worst. */
export function SeverityBadges({ errorCount, warningCount, labels }: Props) {
  const worst = errorCount > 0 ? "error" : warningCount > 0 ? "warning" : "none";
  if (worst === "none") {
    return (
      <Badge variant="success" data-testid="flags" data-worst="none">
        <CheckCircle2Icon aria-hidden />
        {labels.clean}
      </Badge>
    );
  }
  return (
    <span className="inline-flex items-center gap-1" data-testid="flags" data-worst={worst}>
      {errorCount > 0 ? (
        <Badge variant="error">
          <XCircleIcon aria-hidden />
          {labels.errors}
        </Badge>
      ) : null}
      {warningCount > 0 ? (
        <Badge variant="warning">
          <AlertTriangleIcon aria-hidden />
          {labels.warnings}
        </Badge>
      ) : null}
    </span>
  );
}
