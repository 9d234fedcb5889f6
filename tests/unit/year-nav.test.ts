import { describe, expect, it } from 'vitest';
import { byYearDescending } from '../../src/lib/year-nav.ts';
import { indexArchive } from '../../src/lib/crossyear/archive-index.ts';

const reports = [
  { id: 'a/2016', committee: '甲区政协', year: 2016 },
  { id: 'a/2019', committee: '甲区政协', year: 2019 },
  { id: 'b/2017', committee: '乙县政协', year: 2017 },
  { id: 'a/2017', committee: '甲区政协', year: 2017 },
  { id: 'b/2018', committee: '乙县政协', year: 2018 },
];
const byId = (id: string) => reports.find((report) => report.id === id)!;
const index = indexArchive(reports);

describe('neighbours (from the archive index)', () => {
  it('finds the same committee’s previous and next year across gaps', () => {
    const { previous, next } = index.neighbours(byId('a/2017'));
    expect(previous?.id).toBe('a/2016');
    expect(next?.id).toBe('a/2019');
  });

  it('has no previous for the first year and no next for the last', () => {
    expect(index.neighbours(byId('a/2016')).previous).toBeUndefined();
    expect(index.neighbours(byId('a/2019')).next).toBeUndefined();
  });

  it('never crosses committees', () => {
    const { previous, next } = index.neighbours(byId('b/2017'));
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('b/2018');
  });
});

describe('ordering', () => {
  it('sorts newest first, ties by committee', () => {
    expect([...reports].sort(byYearDescending).map((report) => report.id)).toEqual([
      'a/2019',
      'b/2018',
      'a/2017',
      'b/2017',
      'a/2016',
    ]);
  });
});
