interface Props {
  errorCount: number;
  warningCount: number;
  labels: { errors: string; warnings: string; clean: string };
}

// Plain spans with fixed classes: this renders in every queue row, so no icon components and
// no class merging (see bench/README.md).
const BASE = "inline-flex items-center gap-1 whitespace-nowrap rounded-md border px-1.5 py-0.5 text-xs font-medium";
const ERROR = `${BASE} border-destructive/30 bg-destructive/10 text-destructive`;
const WARNING = `${BASE} border-warning/40 bg-warning/15 text-warning-foreground`;
const CLEAN = `${BASE} border-success/30 bg-success/10 text-success`;
const DOT = "size-1.5 rounded-full bg-current";

/** Error and warning counts, coloured by the worst. */
export function SeverityBadges({ errorCount, warningCount, labels }: Props) {
  if (errorCount === 0 && warningCount === 0) {
    return (
      <span className={CLEAN} data-testid="flags" data-worst="none">
        {labels.clean}
      </span>
    );
  }
  return (
    // Errors and warnings side by side, one above the other where the column is short of room.
    <span className="inline-flex flex-wrap items-center gap-1" data-testid="flags" data-worst={errorCount > 0 ? "error" : "warning"}>
      {errorCount > 0 ? (
        <span className={ERROR}>
          <span className={DOT} aria-hidden />
          {labels.errors}
        </span>
      ) : null}
      {warningCount > 0 ? (
        <span className={WARNING}>
          <span className={DOT} aria-hidden />
          {labels.warnings}
        </span>
      ) : null}
    </span>
  );
}
