import { useFormat } from '../../i18n';
import { ONE_DECIMAL } from './decimals';

export interface TrendPoint {
  label: string;
  value: number | null;
}

/**
 * A small line chart in plain SVG: one series on a 0–max scale, gaps where nothing was measured.
 * Enough for a weekly score trend; no chart library needed for one line.
 */
export function TrendChart({ points, max = 100, title, unit = '' }: { points: TrendPoint[]; max?: number; title: string; unit?: string }) {
  const f = useFormat();
  const width = 560;
  const height = 180;
  const pad = 28;
  const x = (i: number) => pad + (points.length <= 1 ? 0 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (value: number) => height - pad - (value / max) * (height - 2 * pad);
  const segments: string[] = [];
  let current = '';
  points.forEach((point, i) => {
    if (point.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(point.value).toFixed(1)} `;
  });
  if (current) segments.push(current);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        <title>{title}</title>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={pad} x2={width - pad} y1={y(max * share)} y2={y(max * share)} className="grid" />
            <text x={4} y={y(max * share) + 4} className="axis">
              {f.number(Math.round(max * share))}
              {unit}
            </text>
          </g>
        ))}
        {segments.map((d) => (
          <path key={d} d={d} className="line" />
        ))}
        {points.map((point, i) =>
          point.value === null ? null : (
            <circle key={point.label} cx={x(i)} cy={y(point.value)} r={3.5} className="dot">
              <title>
                {point.label}: {f.number(point.value, ONE_DECIMAL)}
                {unit}
              </title>
            </circle>
          ),
        )}
        {points.map((point, i) =>
          i % Math.max(1, Math.ceil(points.length / 6)) === 0 ? (
            <text key={`l-${point.label}`} x={x(i)} y={height - 6} className="axis" textAnchor="middle">
              {point.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
