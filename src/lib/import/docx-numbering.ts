// Puts Word's automatic numbers into the text of a .docx before it is read: each numbered
// paragraph (a list paragraph, or a heading whose style is numbered) gets its number as a run of
// text, computed from word/numbering.xml, and its numbering switched off (numId 0).
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { formatNumber } from './docx-numbers.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Word puts a tab (default), a space or nothing between the number and the text. */
  suffix: string;
  /** Legal numbering shows every level's number in decimal. */
  legal: boolean;
  /** The paragraph style this level belongs to (numbered heading styles). */
  style?: string;
}

interface Definitions {
  abstracts: Map<string, Map<number, Level>>;
  /** numId → its abstract definition and any restart values. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  /** styleId → the numbering its paragraphs get, following basedOn. */
  styles: Map<string, { numId?: string; level?: number; basedOn?: string }>;
}

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(W, name));
const child = (parent: Element | undefined, name: string): Element | undefined =>
  parent
    ? Array.from(parent.childNodes as NodeListOf<ChildNode>).find(
        (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
      )
    : undefined;
const value = (element: Element | undefined): string | undefined =>
  element?.getAttributeNS(W, 'val') || undefined;

/** The .docx with its automatic numbers written into the text; unchanged when it has none. */
export async function withNumbersAsText(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)?.async('string');
  const [documentXml, numberingXml, stylesXml] = await Promise.all([
    read('word/document.xml'),
    read('word/numbering.xml'),
    read('word/styles.xml'),
  ]);
  if (!documentXml || !numberingXml) return bytes;
  const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  const definitions = readDefinitions(
    parse(numberingXml),
    stylesXml ? parse(stylesXml) : undefined,
  );
  const document = parse(documentXml);
  if (numberParagraphs(document, definitions) === 0) return bytes;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document));
  return zip.generateAsync({ type: 'uint8array' });
}

function readDefinitions(numbering: Element, styles: Element | undefined): Definitions {
  const definitions: Definitions = { abstracts: new Map(), nums: new Map(), styles: new Map() };
  for (const abstract of children(numbering, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, 'lvl')) {
      const style = value(child(lvl, 'pStyle'));
      levels.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? 0), {
        start: Number(value(child(lvl, 'start')) ?? 1),
        format: value(child(lvl, 'numFmt')) ?? 'decimal',
        text: value(child(lvl, 'lvlText')) ?? '',
        suffix: value(child(lvl, 'suff')) ?? 'tab',
        legal: child(lvl, 'isLgl') !== undefined,
        ...(style ? { style } : {}),
      });
    }
    definitions.abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? '', levels);
  }
  for (const num of children(numbering, 'num')) {
    const starts = new Map<number, number>();
    for (const override of children(num, 'lvlOverride')) {
      const start = value(child(override, 'startOverride'));
      if (start !== undefined)
        starts.set(Number(override.getAttributeNS(W, 'ilvl') ?? 0), Number(start));
    }
    const abstractId = value(child(num, 'abstractNumId')) ?? '';
    definitions.nums.set(num.getAttributeNS(W, 'numId') ?? '', { abstractId, starts });
  }
  for (const style of styles ? children(styles, 'style') : []) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    const level = value(child(numPr, 'ilvl'));
    const numId = value(child(numPr, 'numId'));
    const basedOn = value(child(style, 'basedOn'));
    definitions.styles.set(style.getAttributeNS(W, 'styleId') ?? '', {
      ...(numId !== undefined ? { numId } : {}),
      ...(level !== undefined ? { level: Number(level) } : {}),
      ...(basedOn !== undefined ? { basedOn } : {}),
    });
  }
  return definitions;
}

/** The paragraph's numbering: its own, else its style's (following basedOn). */
function numberingOf(
  paragraph: Element,
  definitions: Definitions,
): { numId: string; level: number; style?: string } | undefined {
  const properties = child(paragraph, 'pPr');
  const style = value(child(properties, 'pStyle'));
  const own = child(properties, 'numPr');
  let numId = value(child(own, 'numId'));
  let level =
    value(child(own, 'ilvl')) === undefined ? undefined : Number(value(child(own, 'ilvl')));
  for (let id = style, hops = 0; id && hops < 10; hops += 1) {
    const inherited = definitions.styles.get(id);
    numId ??= inherited?.numId;
    level ??= inherited?.level;
    id = inherited?.basedOn;
  }
  if (numId === undefined || numId === '0') return undefined;
  return { numId, level: level ?? -1, ...(style ? { style } : {}) };
}

// Word counts per abstract definition (lists sharing one continue each other); a num with a
// startOverride restarts the count the first time it is used.
function numberParagraphs(document: Element, definitions: Definitions): number {
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  let numbered = 0;
  for (const paragraph of children(document, 'p')) {
    const numbering = numberingOf(paragraph, definitions);
    const num = numbering && definitions.nums.get(numbering.numId);
    const levels = num && definitions.abstracts.get(num.abstractId);
    if (!numbering || !num || !levels) continue;
    const level =
      numbering.level >= 0
        ? numbering.level
        : ([...levels].find(([, each]) => each.style === numbering.style)?.[0] ?? 0);
    const counter = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, counter);
    if (!restarted.has(numbering.numId)) {
      restarted.add(numbering.numId);
      for (const [at, start] of num.starts) counter[at] = start - 1;
    }
    counter[level] =
      counter[level] === undefined ? (levels.get(level)?.start ?? 1) : counter[level] + 1;
    counter.length = level + 1;
    const label = labelOf(levels, level, counter);
    switchOff(paragraph);
    if (label) {
      prependText(paragraph, label);
      numbered += 1;
    }
  }
  return numbered;
}

function labelOf(levels: Map<number, Level>, level: number, counter: readonly number[]): string {
  const own = levels.get(level);
  if (!own) return '';
  if (formatNumber(1, own.format) === undefined) return '';
  const text = own.text.replace(/%(\d)/g, (_, digit: string) => {
    const at = Number(digit) - 1;
    const each = levels.get(at);
    const count = counter[at] ?? each?.start ?? 1;
    return formatNumber(count, own.legal ? 'decimal' : (each?.format ?? 'decimal')) ?? '';
  });
  return own.suffix === 'space' ? `${text} ` : text;
}

function switchOff(paragraph: Element): void {
  const document = paragraph.ownerDocument!;
  let properties = child(paragraph, 'pPr');
  if (!properties) {
    properties = document.createElementNS(W, 'w:pPr');
    paragraph.insertBefore(properties, paragraph.firstChild);
  }
  const old = child(properties, 'numPr');
  if (old) properties.removeChild(old);
  const numPr = document.createElementNS(W, 'w:numPr');
  const numId = document.createElementNS(W, 'w:numId');
  numId.setAttributeNS(W, 'w:val', '0');
  numPr.appendChild(numId);
  properties.appendChild(numPr);
}

function prependText(paragraph: Element, label: string): void {
  const document = paragraph.ownerDocument!;
  const run = document.createElementNS(W, 'w:r');
  const text = document.createElementNS(W, 'w:t');
  text.setAttribute('xml:space', 'preserve');
  text.appendChild(document.createTextNode(label));
  run.appendChild(text);
  paragraph.insertBefore(run, child(paragraph, 'pPr')!.nextSibling);
}
