/** A tiny line of weekly rates (0–1) in plain SVG; a gap where a week had no decision. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const width = 84;
  const height = 22;
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values.map((v, i) => (v === null ? null : `${(i * step).toFixed(1)},${(height - 2 - v * (height - 4)).toFixed(1)}`));
  const segments: string[][] = [[]];
  for (const p of points) {
    if (p === null) segments.push([]);
    else segments[segments.length - 1].push(p);
  }
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="text-primary">
      <line x1="0" x2={width} y1={height - 2} y2={height - 2} stroke="currentColor" strokeOpacity="0.15" />
      {segments
        .filter((s) => s.length > 0)
        .map((s, i) =>
          s.length === 1 ? (
            <circle key={i} cx={s[0].split(",")[0]} cy={s[0].split(",")[1]} r="1.8" fill="currentColor" />
          ) : (
            <polyline key={i} points={s.join(" ")} fill="none" stroke="currentColor" strokeWidth="1.5" />
          ),
        )}
    </svg>
  );
}
