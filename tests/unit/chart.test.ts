import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/crossyear/chart.ts';

const OPTIONS = { width: 240, height: 96 };
// The plot runs from y = 14 (top) to y = 80 (baseline): 66 px for the largest value.
const TOP = 14;
const BASELINE = 80;

describe('barChart', () => {
  const chart = barChart(
    [
      { year: 2016, value: 120 },
      { year: 2017, value: 60 },
      { year: 2019, value: null },
      { year: 2020, value: 0 },
    ],
    OPTIONS,
  );

  it('stands every bar on the baseline, its height proportional to its value', () => {
    expect(chart.baseline).toEqual({ x1: 4, x2: 236, y: BASELINE });
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(BASELINE, 5);
    const [first, second, zero] = chart.bars;
    expect(first!.height).toBe(BASELINE - TOP);
    expect(second!.height).toBe((BASELINE - TOP) / 2);
    expect(zero).toMatchObject({ year: 2020, value: 0, height: 0 });
    expect(chart.max).toBe(120);
  });

  it('gives each year from first to last a slot, leaving a year without a report empty', () => {
    const slot = (236 - 4) / 5;
    expect(chart.bars.map((bar) => bar.year)).toEqual([2016, 2017, 2020]);
    const centre = (bar: { x: number; width: number }) => bar.x + bar.width / 2;
    expect(centre(chart.bars[1]!) - centre(chart.bars[0]!)).toBeCloseTo(slot, 1);
    expect(centre(chart.bars[2]!) - centre(chart.bars[1]!)).toBeCloseTo(3 * slot, 1);
    for (const bar of [...chart.bars, ...chart.redacted]) {
      expect(bar.x).toBeGreaterThanOrEqual(4);
      expect(bar.x + bar.width).toBeLessThanOrEqual(236);
    }
  });

  it('draws a redacted year as a mark over the plot’s full height, never as a zero bar', () => {
    expect(chart.redacted).toEqual([
      expect.objectContaining({ year: 2019, value: null, y: TOP, height: BASELINE - TOP }),
    ]);
    expect(chart.bars.some((bar) => bar.year === 2019)).toBe(false);
  });

  it('labels the first and last year and the largest value', () => {
    expect(chart.labels.map((label) => [label.text, label.anchor])).toEqual([
      ['2016', 'start'],
      ['最高 120', 'start'],
      ['2020', 'end'],
    ]);
  });

  it('keeps a lone year’s bar narrow and centred under its label', () => {
    const one = barChart([{ year: 2018, value: 5 }], OPTIONS);
    expect(one.bars[0]!.width).toBeLessThanOrEqual(28);
    expect(one.bars[0]!.x + one.bars[0]!.width / 2).toBeCloseTo(120, 5);
    expect(one.labels.map((label) => [label.text, label.x, label.anchor])).toEqual([
      ['2018', 120, 'middle'],
      ['最高 5', 4, 'start'],
    ]);
  });

  it('adds values given twice for one year, and draws nothing for no points', () => {
    const summed = barChart([
      { year: 2018, value: 2 },
      { year: 2018, value: 3 },
      { year: 2019, value: 10 },
    ]);
    expect(summed.bars[0]!.value).toBe(5);
    expect(barChart([])).toMatchObject({ bars: [], redacted: [], labels: [], max: 0 });
  });

  it('does not divide by zero when every value is zero or redacted', () => {
    const zeros = barChart([
      { year: 2018, value: 0 },
      { year: 2019, value: null },
    ]);
    expect(zeros.bars[0]!.height).toBe(0);
    const redacted = barChart([{ year: 2018, value: null }]);
    expect(redacted.labels.map((label) => label.text)).toEqual(['2018']);
  });
});
