// The latency charts: p50 and p99 against a run's steps (by default F1's: dispatch latency against
// connected idle subscribers), drawn as SVG and rendered to PNG in Debian's Chromium (the browser
// the tests already use).
import { chromium } from 'playwright-core';

const F1_CHART = {
  title: "Dispatch latency, commit → partner's socket (ms)",
  xLabel: 'idle partner subscribers connected',
  x: (p) => p.subscribers.toLocaleString('en'),
  target: { value: 25, label: 'p99 target at 10,000: 25 ms' },
};

export function chartSvg(points, { width = 640, height = 360, title, xLabel, x: xOf, target } = F1_CHART) {
  const pad = { left: 56, right: 64, top: 36, bottom: 48 };
  // About eight gridlines at 1, 2 or 5 × a power of ten.
  const top = Math.max(target.value * 1.2, ...points.map((p) => p.p99)) * 1.1;
  const magnitude = 10 ** Math.floor(Math.log10(top / 8));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => top / s <= 8);
  const max = Math.ceil(top / step) * step;
  const x = (i) => pad.left + (i * (width - pad.left - pad.right)) / Math.max(1, points.length - 1);
  const y = (v) => height - pad.bottom - (v / max) * (height - pad.top - pad.bottom);
  const line = (key, color) =>
    `<polyline fill="none" stroke="${color}" stroke-width="2.5" points="${points.map((p, i) => `${x(i)},${y(p[key])}`).join(' ')}"/>` +
    points
      .map(
        (p, i) =>
          `<circle cx="${x(i)}" cy="${y(p[key])}" r="4" fill="${color}"/><text x="${x(i) + 6}" y="${y(p[key]) - 6}" font-size="12" fill="${color}">${label(p[key])}</text>`,
      )
      .join('');
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const label = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
  <rect width="100%" height="100%" fill="white"/>
  <text x="${pad.left}" y="22" font-size="15" font-weight="bold">${title}</text>
  ${ticks.map((t) => `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/><text x="${pad.left - 8}" y="${y(t) + 4}" font-size="11" text-anchor="end">${t.toFixed(0)}</text>`).join('')}
  <line x1="${pad.left}" x2="${width - pad.right}" y1="${y(target.value)}" y2="${y(target.value)}" stroke="#c00" stroke-dasharray="6 4"/>
  <text x="${width - pad.right}" y="${y(target.value) + 14}" font-size="11" fill="#c00" text-anchor="end">${target.label}</text>
  ${points.map((p, i) => `<text x="${x(i)}" y="${height - pad.bottom + 18}" font-size="12" text-anchor="middle">${xOf(p)}</text>`).join('')}
  <text x="${(width + pad.left) / 2}" y="${height - 10}" font-size="12" text-anchor="middle">${xLabel}</text>
  ${line('p99', '#d97706')}${line('p50', '#2563eb')}
  <text x="${width - pad.right - 60}" y="22" font-size="12" fill="#2563eb">— p50</text>
  <text x="${width - pad.right - 14}" y="22" font-size="12" fill="#d97706">— p99</text>
</svg>`;
}

/** F9's chart: commit → probe cache latency per 10 s of the run. */
export const F9_CHART = {
  title: 'Live screens: commit → portal cache updated (ms)',
  xLabel: 'seconds into the run, by commit time',
  x: (p) => p.window,
  target: { value: 100, label: 'p99 target: 100 ms' },
};

export async function drawChart(points, file, options = F1_CHART) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
    await page.setContent(`<body style="margin:0">${chartSvg(points, options)}</body>`);
    await page.screenshot({ path: file });
  } finally {
    await browser.close();
  }
}
