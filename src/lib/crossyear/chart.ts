// Geometry of the small year-by-year bar charts, computed at build time and drawn as inline SVG:
// no chart library, no script. One slot per year from the first to the last; a year without a
// report leaves its slot empty, a redacted value (null) is drawn as a dashed outline, never a zero.

/** One year's value: a number, or null where the original is redacted (XX). */
export interface ChartPoint {
  year: number;
  value: number | null;
}

export interface ChartOptions {
  width?: number;
  height?: number;
}

/** A drawn bar (or a redaction mark, which spans the plot's height). */
export interface ChartBar {
  year: number;
  value: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text under or beside the plot. */
export interface ChartLabel {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface BarChart {
  width: number;
  height: number;
  /** Where the bars stand: the plot's bottom edge. */
  baseline: { x1: number; x2: number; y: number };
  bars: ChartBar[];
  redacted: ChartBar[];
  labels: ChartLabel[];
  /** The largest value, which reaches the plot's top. */
  max: number;
}

const PAD = { top: 14, bottom: 16, side: 4 };
const GAP = 0.25;
/** A bar is never wider than this, so one or two years do not fill the chart with a slab. */
const MAX_BAR = 28;

const formatNumber = (value: number) => value.toLocaleString('zh-CN');

/** Lays out one bar per year present in `points` (the same year twice is summed). */
export function barChart(points: readonly ChartPoint[], options: ChartOptions = {}): BarChart {
  const width = options.width ?? 240;
  const height = options.height ?? 96;
  const plotTop = PAD.top;
  const plotBottom = height - PAD.bottom;
  const baseline = { x1: PAD.side, x2: width - PAD.side, y: plotBottom };
  const byYear = new Map<number, number | null>();
  for (const { year, value } of points) {
    const before = byYear.get(year);
    byYear.set(year, value === null ? (before ?? null) : (before ?? 0) + value);
  }
  if (byYear.size === 0)
    return { width, height, baseline, bars: [], redacted: [], labels: [], max: 0 };
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const first = years[0]!;
  const last = years.at(-1)!;
  const slot = (baseline.x2 - baseline.x1) / (last - first + 1);
  const barWidth = Math.min(slot * (1 - GAP), MAX_BAR);
  const values = [...byYear.values()].filter((value): value is number => value !== null);
  const max = Math.max(0, ...values);
  const plotHeight = plotBottom - plotTop;
  const bars: ChartBar[] = [];
  const redacted: ChartBar[] = [];
  for (const year of years) {
    const value = byYear.get(year)!;
    const x = round(baseline.x1 + (year - first) * slot + (slot - barWidth) / 2);
    if (value === null) {
      redacted.push({ year, value, x, y: plotTop, width: round(barWidth), height: plotHeight });
      continue;
    }
    const barHeight = max === 0 ? 0 : round((value / max) * plotHeight);
    bars.push({
      year,
      value,
      x,
      y: round(plotBottom - barHeight),
      width: round(barWidth),
      height: barHeight,
    });
  }
  // Years under the ends of the axis; a single year under its bar.
  const labels: ChartLabel[] = [
    last === first
      ? {
          x: round((baseline.x1 + baseline.x2) / 2),
          y: height - 3,
          text: String(first),
          anchor: 'middle',
        }
      : { x: baseline.x1, y: height - 3, text: String(first), anchor: 'start' },
  ];
  if (values.length > 0)
    labels.push({ x: baseline.x1, y: 10, text: `最高 ${formatNumber(max)}`, anchor: 'start' });
  if (last !== first)
    labels.push({ x: baseline.x2, y: height - 3, text: String(last), anchor: 'end' });
  return { width, height, baseline, bars, redacted, labels, max };
}

const round = (value: number) => Math.round(value * 100) / 100;
