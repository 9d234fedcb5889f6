import { describe, expect, it } from 'vitest';
import {
  figureSeries,
  figureSource,
  figureTable,
  figureText,
  sentenceHref,
  type FigureEntry,
} from '../../src/lib/crossyear/figures.ts';
import { csvField, toCsv } from '../../src/lib/crossyear/csv.ts';
import { figuresCsv, reportRecord } from '../../src/lib/crossyear/open-data.ts';
import type { ReportSection } from '../../src/lib/sections.ts';

const sections: ReportSection[] = [
  {
    id: '',
    depth: 0,
    heading: '',
    kind: 'other',
    partId: '',
    paragraphs: ['全年提案工作稳步推进。'],
  },
  {
    id: '一做好提案工作',
    depth: 3,
    heading: '（一）做好提案工作。',
    kind: 'summary',
    partId: 'a',
    paragraphs: [
      '提案督办有力。全年共收到提案186件，立案１７２件。',
      '报送社情民意信息XX余条，其中12条获批示。',
    ],
  },
  {
    id: 'b',
    depth: 3,
    heading: '（二）帮扶。',
    kind: 'summary',
    partId: 'a',
    paragraphs: ['资助款物1,200万元。'],
  },
];

describe('figureSource', () => {
  it('finds the sentence holding the figure’s label, number and unit', () => {
    expect(figureSource({ label: '提案', value: 186, unit: '件' }, sections)).toEqual({
      sectionId: '一做好提案工作',
      sentence: '全年共收到提案186件，立案１７２件。',
    });
  });

  it('reads full-width digits, thousands separators and redactions (XX) as the report wrote them', () => {
    expect(figureSource({ label: '立案', value: 172, unit: '件' }, sections)?.sentence).toBe(
      '全年共收到提案186件，立案１７２件。',
    );
    expect(
      figureSource({ label: '资助款物', value: 1200, unit: '万元' }, sections)?.sectionId,
    ).toBe('b');
    expect(
      figureSource({ label: '社情民意信息', value: null, unit: '条' }, sections)?.sentence,
    ).toBe('报送社情民意信息XX余条，其中12条获批示。');
  });

  it('does not take a number that only contains the figure’s digits', () => {
    expect(figureSource({ label: '提案', value: 86, unit: '件' }, sections)?.sentence).toBe(
      '全年共收到提案186件，立案１７２件。',
    );
    expect(figureSource({ label: '提案', value: 18, unit: '件' }, sections)).toBeDefined();
  });

  it('falls back to a sentence with the label and unit, and gives nothing when there is none', () => {
    expect(figureSource({ label: '提案', value: 999, unit: '件' }, sections)?.sentence).toBe(
      '全年共收到提案186件，立案１７２件。',
    );
    expect(figureSource({ label: '视察', value: 3, unit: '次' }, sections)).toBeUndefined();
  });
});

describe('sentenceHref', () => {
  it('points at the section and the sentence with a text fragment, its own separators encoded', () => {
    expect(
      sentenceHref('/r/2018/', { sectionId: 'a', sentence: '收到提案186件，立案172件。' }),
    ).toBe(`/r/2018/#a:~:text=${encodeURIComponent('收到提案186件，立案172件。')}`);
    expect(sentenceHref('/r/', { sectionId: '', sentence: 'A-B,C&D' })).toBe(
      '/r/#:~:text=A%2DB%2CC%26D',
    );
  });

  it('names a long sentence by its first and last clauses, cut to 16 characters', () => {
    const long = '全年共收到提案312件，经审查立案285件，交由68个承办单位办理，办复率达到百分之百。';
    expect(decodeURIComponent(sentenceHref('/r/', { sectionId: 'x', sentence: long }))).toBe(
      '/r/#x:~:text=全年共收到提案312件，,办复率达到百分之百。',
    );
    const unbroken = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。';
    expect(decodeURIComponent(sentenceHref('/r/', { sectionId: 'x', sentence: unbroken }))).toBe(
      '/r/#x:~:text=一二三四五六七八九十甲乙丙丁戊己,辛壬癸子丑寅卯辰巳午未申酉戌亥。',
    );
  });
});

const entry = (
  year: number,
  label: string,
  value: number | null,
  extra: Partial<FigureEntry> = {},
): FigureEntry => ({
  year,
  reportId: `c/${year}`,
  label,
  value,
  unit: '件',
  approximate: false,
  href: `/r/c/${year}/`,
  ...extra,
});

describe('figureSeries and figureTable', () => {
  const entries = [
    entry(2019, '提案', 300),
    entry(2017, '提案', 280),
    entry(2019, '立案', null),
    entry(2017, '提案', 1),
  ];

  it('groups a committee’s figures by label and unit, oldest year first, one entry a year', () => {
    expect(
      figureSeries(entries).map((series) => [
        series.label,
        series.entries.map((e) => [e.year, e.value]),
      ]),
    ).toEqual([
      [
        '提案',
        [
          [2017, 280],
          [2019, 300],
        ],
      ],
      ['立案', [[2019, null]]],
    ]);
  });

  it('lays them out a row a year and a column a figure, leaving unstated cells empty', () => {
    const table = figureTable(entries);
    expect(table.rows.map((row) => [row.year, row.cells.map((cell) => cell?.value)])).toEqual([
      [2017, [280, undefined]],
      [2019, [300, null]],
    ]);
  });

  it('shows a redacted value as XX, never 0, and a hedged one with 约', () => {
    expect(figureText({ value: null, approximate: true })).toBe('XX');
    expect(figureText({ value: 1200, approximate: true })).toBe('约1,200');
    expect(figureText({ value: 0, approximate: false })).toBe('0');
  });
});

describe('CSV for Excel', () => {
  it('quotes fields with commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\r\n二')).toBe('"一\r\n二"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('是');
  });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('writes a redacted figure with an empty value and 原文隐去 = 是', () => {
    const csv = figuresCsv([
      {
        ...entry(2019, '立案', null, { sentence: '立案XX件，办结率100%。' }),
        committee: '甲区政协',
        url: 'https://x/r/',
      },
    ]);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('委员会,年度,报告编号,统计项,数值,单位,约数,原文隐去,原文,出处');
    expect(row).toBe('甲区政协,2019,c/2019,立案,,件,否,是,立案XX件，办结率100%。,https://x/r/');
  });
});

describe('reportRecord', () => {
  it('keeps the frontmatter, dates as YYYY-MM-DD, with id, lead topics and addresses', () => {
    const record = reportRecord(
      {
        id: 'a/2018',
        topics: ['tian'],
        entry: {
          data: {
            title: 't',
            year: 2018,
            committee: '甲',
            summary: '摘要摘要摘要摘要摘要',
            topics: ['tian', 'x'],
            figures: [],
            draft: false,
            date: new Date('2019-01-10'),
          },
        },
      },
      { url: 'u', textUrl: 't', reviewUrl: null },
    );
    expect(record).toMatchObject({
      id: 'a/2018',
      date: '2019-01-10',
      topics: ['tian', 'x'],
      leadTopics: ['tian'],
      reviewUrl: null,
    });
  });
});
