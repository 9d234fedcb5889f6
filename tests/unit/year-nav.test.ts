import { describe, expect, it } from 'vitest';
import { byYearDescending, groupByCommittee, yearNeighbours } from '../../src/lib/year-nav.ts';

const reports = [
  { id: 'a/2016', committee: '甲区政协', year: 2016 },
  { id: 'a/2019', committee: '甲区政协', year: 2019 },
  { id: 'b/2017', committee: '乙县政协', year: 2017 },
  { id: 'a/2017', committee: '甲区政协', year: 2017 },
  { id: 'b/2018', committee: '乙县政协', year: 2018 },
];
const byId = (id: string) => reports.find((report) => report.id === id)!;

describe('yearNeighbours', () => {
  it('finds the same committee’s previous and next year across gaps', () => {
    const { previous, next } = yearNeighbours(reports, byId('a/2017'));
    expect(previous?.id).toBe('a/2016');
    expect(next?.id).toBe('a/2019');
  });

  it('has no previous for the first year and no next for the last', () => {
    expect(yearNeighbours(reports, byId('a/2016')).previous).toBeUndefined();
    expect(yearNeighbours(reports, byId('a/2019')).next).toBeUndefined();
  });

  it('never crosses committees', () => {
    const { previous, next } = yearNeighbours(reports, byId('b/2017'));
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('b/2018');
  });
});

describe('ordering and grouping', () => {
  it('sorts newest first', () => {
    expect([...reports].sort(byYearDescending).map((report) => report.year)).toEqual([
      2019, 2018, 2017, 2017, 2016,
    ]);
  });

  it('groups by committee, newest group first, each group newest first', () => {
    const groups = groupByCommittee(reports);
    expect(groups.map((group) => group.committee)).toEqual(['甲区政协', '乙县政协']);
    expect(groups[0]!.reports.map((report) => report.id)).toEqual(['a/2019', 'a/2017', 'a/2016']);
    expect(groups[1]!.reports.map((report) => report.id)).toEqual(['b/2018', 'b/2017']);
  });
});
