import { describe, expect, it } from 'vitest';
import { between, duration } from '../../tools/bench/measure-build.ts';

describe('reading Astro’s build log', () => {
  it('reads durations as Astro writes them', () => {
    expect(duration('926ms')).toBeCloseTo(0.926);
    expect(duration('37.72s')).toBeCloseTo(37.72);
    expect(duration('1m 9s')).toBe(69);
    expect(duration(undefined)).toBe(0);
  });

  it('measures the seconds between two stamped log lines', () => {
    const log = [
      '05:00:17 [@astrojs/sitemap] `sitemap-index.xml` created',
      '05:00:20 [build] Waiting for integration "archive-pagefind"',
      '05:02:13 [archive-pagefind] 搜索索引：2000 份报告',
    ].join('\n');
    expect(between(log, '[@astrojs/sitemap]', '[archive-pagefind]')).toBe(116);
  });
});
