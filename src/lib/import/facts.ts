// Facts of the report's head that the frontmatter records: years, committee, term, meeting, date.
import { classifyPart } from '../parts.ts';
import { blockText, type BodyBlock, type ReportStructure } from './structure.ts';
import { asciiDigits, yearsIn } from '../years.ts';

function years(text: string | undefined): number[] {
  return yearsIn(text);
}

/** The first paragraph with a given role, e.g. the subtitle. */
export function paragraphWithRole(body: readonly BodyBlock[], role: string): string | undefined {
  const found = body.find((block) => block.kind === 'paragraph' && block.role === role);
  return found?.kind === 'paragraph' ? found.text : undefined;
}

/** The text before the first part or item: subtitle, speaker, salutation and opening paragraphs. */
export function openingText(body: readonly BodyBlock[]): string[] {
  const end = body.findIndex((block) => block.kind === 'part' || block.kind === 'item');
  return body
    .slice(0, end < 0 ? body.length : end)
    .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

function partHeadings(body: readonly BodyBlock[]): string[] {
  return body.flatMap((block) => (block.kind === 'part' ? [block.heading] : []));
}

/** The date the report was given, as YYYY-MM-DD, when the subtitle states it. */
export function statedDate(structure: ReportStructure): string | undefined {
  const subtitle = asciiDigits(paragraphWithRole(structure.body, 'subtitle') ?? '');
  const match = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(subtitle);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/**
 * The year the work covers: the title's first year, else the year of the summary part, else the
 * year before the meeting date (reports are given early in the following year), else the first year.
 */
export function coveredYear(structure: ReportStructure): number | undefined {
  const summaryPart = partHeadings(structure.body).find(
    (heading) => classifyPart(heading) === 'summary',
  );
  const date = statedDate(structure);
  return (
    years(structure.title)[0] ??
    years(summaryPart)[0] ??
    (date ? Number(date.slice(0, 4)) - 1 : undefined) ??
    structure.body.map(blockText).flatMap(years)[0]
  );
}

/** The year the plan covers: the plan part's year, else a later year in the title, else the next year. */
export function plannedYear(structure: ReportStructure, year: number): number | undefined {
  const planParts = partHeadings(structure.body).filter(
    (heading) => classifyPart(heading) === 'plan',
  );
  const stated = [...planParts.flatMap(years), ...years(structure.title)].find(
    (candidate) => candidate > year,
  );
  if (stated !== undefined) return stated;
  return planParts.length > 0 ? year + 1 : undefined;
}

/** 「政协XX区第X届委员会」 or 「甲区政协」 in the title or subtitle → 「XX区政协」. */
export function committeeNamed(structure: ReportStructure): string | undefined {
  const head = [structure.title ?? '', paragraphWithRole(structure.body, 'subtitle') ?? ''].join(
    '\n',
  );
  const place = '([^\\s，。、；：“”《》（）()第]{1,10}?[省市区县旗州盟])';
  const formal = new RegExp(`政协${place}(?:第[^届]{1,4}届)?委员会`).exec(head);
  const short = new RegExp(`^${place}政协`, 'm').exec(head);
  const name = formal?.[1] ?? short?.[1];
  return name ? `${name}政协` : undefined;
}

/** 届次 as written (第十四届, X届): from the subtitle, the title, then the opening paragraphs. */
export function statedTerm(structure: ReportStructure): string | undefined {
  const places = [
    paragraphWithRole(structure.body, 'subtitle'),
    structure.title,
    ...openingText(structure.body),
  ];
  for (const text of places) {
    const match = /第?[一二三四五六七八九十百XＸ0-9]{1,4}届/.exec(text ?? '');
    if (match) return match[0];
  }
  return undefined;
}

/** The meeting the report was given at, from the subtitle: 第X届委员会第二次会议. */
export function statedMeeting(structure: ReportStructure): string | undefined {
  const subtitle = paragraphWithRole(structure.body, 'subtitle') ?? '';
  const formal = /第[^第]{1,4}届委员会第[^第次]{1,4}次(?:全体)?会议/.exec(subtitle);
  return formal?.[0] ?? /在(.+?会议)上/.exec(subtitle)?.[1];
}
