/** A horizontal bar chart in plain SVG: fast to read, no chart library. */
export function BarChart({
  data,
  label,
  color = "var(--color-primary)",
}: {
  data: { label: string; value: number }[];
  label: string;
  color?: string;
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 22;
  const labelWidth = 96;
  const width = 420;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${data.length * rowHeight + 4}`} className="w-full max-w-xl text-xs">
      {data.map((d, i) => {
        const barWidth = ((width - labelWidth - 48) * d.value) / max;
        const y = i * rowHeight + 2;
        return (
          <g key={d.label}>
            <text x={labelWidth - 6} y={y + 14} textAnchor="end" fill="currentColor" className="fill-muted-foreground">
              {d.label}
            </text>
            <rect x={labelWidth} y={y + 3} width={Math.max(barWidth, d.value > 0 ? 2 : 0)} height={rowHeight - 8} rx={3} fill={color} />
            <text x={labelWidth + barWidth + 6} y={y + 14} fill="currentColor">
              {d.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
