// The build the cross-year tests share, and what they know of it.
import { byAttribute, byTag, findAll, hrefsIn, textIn } from '../../helpers/hast.ts';
import type { Root } from 'hast';

/** Where the cross-year test archive was built (set in beforeAll). */
export interface CrossYearSite {
  dist: string;
}

export const BASE = '/archive/';
/** 40 committees × 25 tiny reports, 1950–1974, beside the 7 realistic ones. */
export const TINY = { committees: 40, years: 25, firstYear: 1950 };
export const REALISTIC = 7;

/** The rows of a review page: each plan item, the summary items matched to it, and their strength. */
export function reviewRows(tree: Root) {
  return findAll(tree, byTag('li', 'row')).map((row) => {
    const [plan, outcome] = findAll(row, byTag('div'));
    return {
      plan: textIn(findAll(plan!, byTag('h3'))[0]!),
      planHref: hrefsIn(plan!)[0]!,
      matches: findAll(outcome!, byAttribute('dataStrength')).map((match) => ({
        heading: textIn(findAll(match, byTag('a'))[0]!),
        href: hrefsIn(match)[0]!,
        strength: textIn(findAll(match, byTag('p', 'strength'))[0]!),
      })),
    };
  });
}

/** The one element with an id, on a page: for checking that a link's #fragment resolves. */
export function withId(tree: Root, id: string) {
  return findAll(tree, (element) => element.properties['id'] === id);
}
