// Word's automatic numbers, in the words Word shows them: 一、 （一） 1. ① 甲 …
// Word keeps them out of the text (numbering definitions plus a counter), so they are rebuilt.

/** A `w:numFmt` value and its number in that format; undefined when the format shows no number. */
export function formatNumber(value: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
      return String(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)]
        .map((digit) => String.fromCharCode(0xff10 + Number(digit)))
        .join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(value, 0x2460);
    case 'decimalEnclosedParen':
      return enclosed(value, 0x2474);
    case 'decimalEnclosedFullstop':
      return enclosed(value, 0x2488);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(value);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(value)].map((digit) => DIGITS[Number(digit)]).join('');
    case 'chineseLegalSimplified':
      return chineseCounting(value).replace(/[一二三四五六七八九十百千]/g, (c) => LEGAL[c] ?? c);
    case 'ideographTraditional':
      return cycle('甲乙丙丁戊己庚辛壬癸', value);
    case 'ideographZodiac':
      return cycle('子丑寅卯辰巳午未申酉戌亥', value);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    default:
      // none, bullet (a symbol-font glyph, not text) and formats no report uses.
      return undefined;
  }
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL: Record<string, string> = {
  一: '壹',
  二: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
};

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一: as Word counts in Chinese. */
export function chineseCounting(value: number): string {
  if (value < 10) return DIGITS[value]!;
  if (value < 20) return `十${value % 10 ? DIGITS[value % 10] : ''}`;
  if (value < 100)
    return `${DIGITS[Math.floor(value / 10)]}十${value % 10 ? DIGITS[value % 10] : ''}`;
  if (value < 1000) {
    const rest = value % 100;
    const tail =
      rest === 0
        ? ''
        : rest < 10
          ? `零${DIGITS[rest]}`
          : rest < 20
            ? `一${chineseCounting(rest)}`
            : chineseCounting(rest);
    return `${DIGITS[Math.floor(value / 100)]}百${tail}`;
  }
  return String(value);
}

function enclosed(value: number, first: number): string {
  return value >= 1 && value <= 20 ? String.fromCharCode(first + value - 1) : String(value);
}

function cycle(series: string, value: number): string {
  return [...series][(value - 1) % series.length]!;
}

function letters(value: number): string {
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  return numerals
    .map(([size, numeral]) => {
      const times = Math.floor(rest / size);
      rest -= times * size;
      return numeral.repeat(times);
    })
    .join('');
}
