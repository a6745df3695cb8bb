"use client";

import { Input } from "@/components/ui/input";

interface Props {
  labels: { from: string; to: string };
  from: string | undefined;
  to: string | undefined;
  onChange: (patch: { from?: string; to?: string }) => void;
  testIdPrefix: string;
}

/** A from–to pair of calendar days (China time), inclusive, kept in the URL by the caller. */
export function DataTableDateRange({ labels, from, to, onChange, testIdPrefix }: Props) {
  return (
    <>
      <label className="flex items-center gap-1.5 text-sm text-muted-foreground">
        {labels.from}
        <Input
          type="date"
          className="h-8 w-36"
          value={from ?? ""}
          onChange={(e) => onChange({ from: e.target.value })}
          data-testid={`${testIdPrefix}-from`}
        />
      </label>
      <label className="flex items-center gap-1.5 text-sm text-muted-foreground">
        {labels.to}
        <Input
          type="date"
          className="h-8 w-36"
          value={to ?? ""}
          onChange={(e) => onChange({ to: e.target.value })}
          data-testid={`${testIdPrefix}-to`}
        />
      </label>
    </>
  );
}
