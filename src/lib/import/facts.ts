// Facts of the report's head that the frontmatter records: committee, term, meeting, date.
import { dateIn } from '../years.ts';
import type { BodyBlock, ParagraphRole, ReportStructure } from './structure.ts';

/** The first paragraph with a given role, e.g. the subtitle. */
export function paragraphWithRole(
  body: readonly BodyBlock[],
  role: ParagraphRole,
): string | undefined {
  const found = body.find((block) => block.kind === 'paragraph' && block.role === role);
  return found?.kind === 'paragraph' ? found.text : undefined;
}

/** The text before the first part or item: subtitle, speaker, salutation and opening paragraphs. */
export function openingText(body: readonly BodyBlock[]): string[] {
  const end = body.findIndex((block) => block.kind === 'part' || block.kind === 'item');
  return body
    .slice(0, end < 0 ? body.length : end)
    .flatMap((block) => (block.kind === 'paragraph' && block.role === 'text' ? [block.text] : []));
}

/** Where the report's date was found: the head (subtitle or date line) or the signature at its end. */
export interface StatedDate {
  /** YYYY-MM-DD. */
  date: string;
  /** The line it was read from, as written. */
  line: string;
}

const LAST_LINES = 3;

/** The date the report was given: subtitle, date line, else a date line closing the report. */
export function statedDate(structure: ReportStructure): StatedDate | undefined {
  const headLines = [
    paragraphWithRole(structure.body, 'subtitle'),
    paragraphWithRole(structure.body, 'date'),
  ];
  const closing = structure.body
    .slice(-LAST_LINES)
    .flatMap((block) =>
      block.kind === 'paragraph' && block.text.length <= 20 ? [block.text] : [],
    );
  for (const line of [...headLines, ...closing]) {
    const date = dateIn(line);
    if (date && line) return { date, line };
  }
  return undefined;
}

const PLACE =
  '[^\\s0-9０-９年，。、；：“”《》（）()第届]{1,12}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|区|县|旗|州|盟)';
const TERM = '第[^届第]{1,4}届';
const CPPCC = '(?:中国人民政治协商会议|政协)';
const NATIONAL = new RegExp(`${CPPCC}(?:${TERM})?全国委员会`);
const FORMAL = new RegExp(`${CPPCC}(?:${TERM})?(${PLACE})(?:${TERM})?委员会`);
const SHORT = new RegExp(`(?:^|[^\\u4e00-\\u9fff])(${PLACE})政协`);
const GOVERNMENT = new RegExp(`(${PLACE})人民政府`);
const CONGRESS = new RegExp(`(?:^|在|[—–－-])(${PLACE})(?:${TERM})人民代表大会`, 'm');

/**
 * The committee from its formal name in the title or subtitle: 第七届青溪县委员会 → 青溪县政协,
 * 全国委员会 → 全国政协, 政协临川市委员会 → 临川市政协; a government's report → 东湖区人民政府.
 */
export function committeeNamed(structure: ReportStructure): string | undefined {
  const head = [structure.title ?? '', paragraphWithRole(structure.body, 'subtitle') ?? ''].join(
    '\n',
  );
  if (NATIONAL.test(head)) return '全国政协';
  const formal = FORMAL.exec(head)?.[1] ?? SHORT.exec(head)?.[1];
  if (formal) return `${formal}政协`;
  const government = GOVERNMENT.exec(structure.title ?? '')?.[1];
  if (government) return `${government}人民政府`;
  return /政府工作报告/.test(structure.title ?? '') ? congressGovernment(head) : undefined;
}

// A bare 「政府工作报告」 is given to a people's congress: 东湖区第十八届人民代表大会 → 东湖区人民政府,
// the 全国人民代表大会 → 国务院.
function congressGovernment(head: string): string | undefined {
  if (/全国人民代表大会/.test(head)) return '国务院';
  const place = CONGRESS.exec(head)?.[1];
  return place ? `${place}人民政府` : undefined;
}

/** 届次 as written (第十四届, X届): from the title, the subtitle, then the opening paragraphs. */
export function statedTerm(structure: ReportStructure): string | undefined {
  const places = [
    structure.title,
    paragraphWithRole(structure.body, 'subtitle'),
    ...openingText(structure.body),
  ];
  for (const text of places) {
    const match = /第?[一二三四五六七八九十百XＸ0-9]{1,4}届/.exec(text ?? '');
    if (match) return match[0];
  }
  return undefined;
}

/** The meeting the report was given at, as the subtitle names it: 政协第七届青溪县委员会第五次会议. */
export function statedMeeting(structure: ReportStructure): string | undefined {
  const subtitle = paragraphWithRole(structure.body, 'subtitle') ?? '';
  // 「…第五次会议开幕会上」, 「…第一次会议第二次全体会议上」: the meeting is the session itself.
  return /在(.+?(?:会议|大会))(?:开幕会|闭幕会|预备会议?|第[一二三四五六七八九十]+次全体会议)?上/.exec(
    subtitle,
  )?.[1];
}
