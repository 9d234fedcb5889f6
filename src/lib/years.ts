// Years and dates as reports write them: 2018年, ２０１８年, 二〇一八年, 二○一八年 (U+25CB, as many
// input methods type 〇), 二零一八年; months and days in Chinese numerals: 一月十日, 十二月二十一日.

const CN_DIGITS = '〇一二三四五六七八九';
// 〇 (U+3007), ○ (U+25CB), ◯ (U+25EF), Ｏ/O and 零 all stand for zero inside a written-out year.
const ZERO_LOOKALIKES = /[○◯ＯO零]/g;
const CN_YEAR = /[〇○◯ＯO零一二三四五六七八九]{4}(?=\s*年)/g;
const CN_MONTH_DAY = /(?<=年\s*|月\s*)[一二三四五六七八九十]{1,3}(?=\s*[月日号])/g;
const YEAR = /(?<![0-9])((?:19|20)\d{2})\s*年/g;
// Headings also name years bare: 「回望2024：…」, 「2013—2017年」.
const BARE_YEAR = /(?<![0-9])((?:19|20)\d{2})(?![0-9]|\s*年代)/g;
const DATE = /(?<![0-9])((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;

/** 十 → 10, 二十一 → 21, 三 → 3: the numbers of months and days. */
function smallNumber(numeral: string): string {
  const digit = (character: string) => Math.max(CN_DIGITS.indexOf(character), 0);
  if (!numeral.includes('十')) return String(digit(numeral));
  const [tens = '', ones = ''] = numeral.split('十');
  return String((tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0));
}

/**
 * The text with full-width digits folded (NFKC) and Chinese-numeral years, months and days as ASCII
 * digits — for reading dates only; the report keeps its own writing.
 */
export function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => digit.normalize('NFKC'))
    .replace(CN_YEAR, (year) =>
      [...year.replace(ZERO_LOOKALIKES, '〇')]
        .map((numeral) => CN_DIGITS.indexOf(numeral))
        .join(''),
    )
    .replace(CN_MONTH_DAY, smallNumber);
}

/** Every 「YYYY年」 in a text, in order (1900–2099). */
export function yearsIn(text: string | undefined): number[] {
  return [...asciiDigits(text ?? '').matchAll(YEAR)].map((match) => Number(match[1]));
}

/** Every year a heading names, with or without 年: 「回望2024：…」 → [2024]. */
export function headingYears(text: string | undefined): number[] {
  return [...asciiDigits(text ?? '').matchAll(BARE_YEAR)].map((match) => Number(match[1]));
}

/** A full date 「2022年1月12日」 in the text, as YYYY-MM-DD, or undefined. */
export function dateIn(text: string | undefined): string | undefined {
  const match = DATE.exec(asciiDigits(text ?? ''));
  if (!match) return undefined;
  const [, year, month = '', day = ''] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31)
    return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
