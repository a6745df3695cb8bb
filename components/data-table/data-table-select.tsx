"use client";

/** A labelled single-choice filter; a native select keeps it fast and keyboard-friendly. */
export function DataTableSelect({
  label,
  value,
  onChange,
  options,
  testId,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  testId: string;
}) {
  return (
    <label className="flex items-center gap-1.5 text-sm text-muted-foreground">
      <span className="whitespace-nowrap">{label}</span>
      <select
        className="h-8 rounded-md border border-input bg-card px-2 text-sm text-foreground"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
