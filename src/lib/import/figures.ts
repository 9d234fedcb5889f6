// Counts a report states: 「全年共收到提案186件」, 「社情民意信息XX余条」 (XX is a redaction: value null).
import type { Figure } from '../schema/report.ts';

const UNITS = '万元|亿元|元|件|条|人次|人|次|篇|项|个|名|场|期|家|批';
// label run · optional 约/近/逾 · number or redaction · optional 余/多 · unit · not followed by a
// CJK character (「X件惠民实事」 counts what follows, not what precedes).
const FIGURE = new RegExp(
  `([\\u4e00-\\u9fff]{1,24}?)(约|近|逾|超过)?([0-9０-９][0-9０-９,，.]*|[XＸ]{1,3})(余|多)?(${UNITS})(?![\\u4e00-\\u9fff])`,
  'g',
);
const HAS_COUNT = /[0-9０-９XＸ]/;
// Punctuation ends a clause; an ASCII comma only when it is not a thousands separator (1,208).
const CLAUSE_BREAK = /[，。；：、！？;:!?\s“”‘’《》（）()]|,(?!\d)/;
// Words that open the clause but are not what is counted: 「全年共报送」社情民意信息.
const LEAD_IN =
  /^.*(?:共|累计|报送|收到|提交|提出|举办|召开|形成|开展|组织|督办|撰写|接待|全年|其中|先后|总计|合计|达到|达)/;

/** The figures in a report's text, in reading order; one per label and unit. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const clause of text.split(CLAUSE_BREAK)) {
    // Most clauses state no number; the figure pattern is costly to try at every character.
    if (!HAS_COUNT.test(clause)) continue;
    for (const match of clause.matchAll(FIGURE)) {
      const [, run = '', before, number = '', after, unit = ''] = match;
      // The label is the whole run from the clause's start, less its lead-in words.
      const label = clause.slice(0, (match.index ?? 0) + run.length).replace(LEAD_IN, '');
      const key = `${label}\u0000${unit}`;
      if (label.length < 2 || label.length > 16 || seen.has(key)) continue;
      seen.add(key);
      figures.push({
        label,
        value: parseCount(number),
        unit,
        approximate: Boolean(before ?? after),
      });
    }
  }
  return figures;
}

/** 186 → 186, １２ → 12, 1,200 → 1200; X, XX (redacted) → null. */
function parseCount(number: string): number | null {
  const ascii = number.normalize('NFKC').replace(/[,，]/g, '');
  const value = Number(ascii);
  return /^[XＸ]+$/.test(number) || !Number.isFinite(value) ? null : value;
}
