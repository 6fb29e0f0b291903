/** A horizontal bar chart in SVG: one bar per label, its value written beside it. */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number; text: string }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 260;
  const width = 640;
  return (
    <svg className="bar-chart" role="img" aria-label={title} viewBox={`0 0 ${width} ${bars.length * rowHeight + 8}`} width="100%">
      {bars.map((b, i) => {
        const w = ((width - labelWidth - 60) * b.value) / max;
        const y = i * rowHeight + 4;
        return (
          <g key={b.label + i}>
            <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="bar-chart__label">
              {b.label}
            </text>
            <rect x={labelWidth} y={y + 3} width={Math.max(w, 1)} height={rowHeight - 10} className="bar-chart__bar" />
            <text x={labelWidth + w + 6} y={y + 17} className="bar-chart__value">
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
