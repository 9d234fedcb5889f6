// Builds the results list and the filter controls with DOM calls and text nodes only: nothing a
// reader types, and nothing from the index, is ever parsed as HTML.
import { excerptParts, withHighlight } from '../lib/search/excerpt.ts';
import type { RankedResult } from '../lib/search/rank.ts';
import { FILTER_NAMES, type FilterName, type SearchState } from '../lib/search/url-state.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptElement(excerpt: string): HTMLParagraphElement {
  const paragraph = element('p', 'excerpt');
  for (const part of excerptParts(excerpt)) {
    paragraph.append(
      part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text),
    );
  }
  return paragraph;
}

function resultItem(result: RankedResult, highlightWords: readonly string[]): HTMLLIElement {
  const item = element('li', 'result');
  item.dataset['match'] = result.match;
  const link = element('a', 'result-link');
  link.href = withHighlight(result.url, highlightWords);
  link.append(element('span', 'result-title', result.title));
  if (result.sectionTitle) link.append(element('span', 'result-section', result.sectionTitle));
  const meta = element('p', 'result-meta', result.year ? `${result.year}年` : '');
  if (result.match === 'exact') meta.append(element('span', 'badge exact', '完整匹配'));
  if (result.match === 'partial') {
    meta.append(
      element('span', 'badge partial', `部分匹配：不含「${result.missingWords.join('」「')}」`),
    );
  }
  item.append(link, meta, excerptElement(result.excerpt));
  if (result.moreSections.length > 0) {
    const more = element('ul', 'more-sections');
    more.setAttribute('aria-label', '本报告中的其他匹配章节');
    for (const section of result.moreSections) {
      const sectionLink = element('a', undefined, section.title);
      sectionLink.href = withHighlight(section.url, highlightWords);
      const sectionItem = element('li');
      sectionItem.append(sectionLink);
      more.append(sectionItem);
    }
    item.append(more);
  }
  return item;
}

/** Adds result items to the list (replacing what it held, unless appending); returns the first new link. */
export function renderResults(
  list: HTMLOListElement,
  results: readonly RankedResult[],
  highlightWords: readonly string[],
  append = false,
): HTMLAnchorElement | null {
  const items = results.map((result) => resultItem(result, highlightWords));
  if (append) list.append(...items);
  else list.replaceChildren(...items);
  return items[0]?.querySelector('a') ?? null;
}

const FILTER_LABELS: Record<FilterName, string> = {
  year: '年度',
  committee: '委员会',
  part: '部分',
  topic: '工作领域',
};

/** A filter value as shown and as written in the URL. */
export interface FilterOption {
  urlValue: string;
  label: string;
  count: number;
}

/** Redraws the filter checkboxes with their counts, keeping the chosen ones checked. */
export function renderFilters(
  container: HTMLElement,
  options: Record<FilterName, FilterOption[]>,
  state: SearchState,
) {
  const groups = FILTER_NAMES.filter((name) => options[name].length > 0).map((name) => {
    const fieldset = element('fieldset', 'filter-group');
    fieldset.append(element('legend', undefined, FILTER_LABELS[name]));
    for (const option of options[name]) {
      const label = element('label', 'filter-option');
      const box = element('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = option.urlValue;
      box.checked = state.filters[name].includes(option.urlValue);
      label.append(box, ` ${option.label} `, element('span', 'count', `(${option.count})`));
      fieldset.append(label);
    }
    return fieldset;
  });
  container.replaceChildren(...groups);
}
