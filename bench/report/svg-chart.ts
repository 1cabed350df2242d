import { BenchResult, TimelinePoint } from './bench-result';

const WIDTH = 800;
const PANEL_HEIGHT = 200;
const LEFT = 60;
const RIGHT = 130;
const TOP = 30;
const GAP = 50;

interface Series {
  label: string;
  color: string;
  value: (p: TimelinePoint) => number;
}

/** Two panels by second: latency percentiles, then accepted and published per second. */
export function renderSvg(r: BenchResult): string {
  const points = r.timeline;
  const switchAt = r.pipeline.fixed.seconds;
  const latency: Series[] = [
    { label: 'p50 ms', color: '#2b8a3e', value: (p) => p.p50 },
    { label: 'p95 ms', color: '#e67700', value: (p) => p.p95 },
    { label: 'p99 ms', color: '#c92a2a', value: (p) => p.p99 },
  ];
  const throughput: Series[] = [
    { label: 'accepted/s', color: '#1971c2', value: (p) => p.accepted },
    { label: 'published/s', color: '#862e9c', value: (p) => p.published },
  ];
  const height = TOP + 2 * PANEL_HEIGHT + GAP + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${LEFT}" y="18" font-size="13">Bench ${r.startedAt}: left of the dashed line ${r.settings.rate}/s offered, right of it max rate</text>`,
    panel('end-to-end latency per 1 s window (by arrival)', points, latency, TOP, switchAt),
    panel('articles per second', points, throughput, TOP + PANEL_HEIGHT + GAP, switchAt),
    '</svg>',
    '',
  ].join('\n');
}

function panel(
  title: string,
  points: readonly TimelinePoint[],
  series: readonly Series[],
  top: number,
  switchAt: number,
): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const maxT = Math.max(1, ...points.map((p) => p.t));
  const maxY = niceCeiling(Math.max(1, ...points.flatMap((p) => series.map((s) => s.value(p)))));
  const x = (t: number): number => LEFT + (t / maxT) * plotWidth;
  const y = (v: number): number => top + PANEL_HEIGHT - (v / maxY) * PANEL_HEIGHT;
  const lines = series.map((s, i) => {
    const path = points.map((p) => `${x(p.t).toFixed(1)},${y(s.value(p)).toFixed(1)}`).join(' ');
    const legendY = top + 14 + i * 16;
    return (
      `<polyline fill="none" stroke="${s.color}" stroke-width="1.5" points="${path}"/>` +
      `<text x="${WIDTH - RIGHT + 10}" y="${legendY}" fill="${s.color}">${s.label}</text>`
    );
  });
  return [
    `<text x="${LEFT}" y="${top - 6}">${title}</text>`,
    `<rect x="${LEFT}" y="${top}" width="${plotWidth}" height="${PANEL_HEIGHT}" fill="none" stroke="#999"/>`,
    `<text x="${LEFT - 6}" y="${top + 4}" text-anchor="end">${maxY}</text>`,
    `<text x="${LEFT - 6}" y="${top + PANEL_HEIGHT}" text-anchor="end">0</text>`,
    `<text x="${LEFT + plotWidth}" y="${top + PANEL_HEIGHT + 14}" text-anchor="end">${maxT} s</text>`,
    `<line x1="${x(switchAt)}" y1="${top}" x2="${x(switchAt)}" y2="${top + PANEL_HEIGHT}" stroke="#666" stroke-dasharray="4 3"/>`,
    ...lines,
  ].join('\n');
}

/** 1, 2 or 5 times a power of ten, at or above `value`. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= value) ?? value;
}
