// axe-core in a page: WCAG 2.2 AA plus axe's best practices, one readable line per violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
// WCAG 2.2 AA, plus axe's best practices: heading order, one main landmark, all content in landmarks.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe on the page as it is; returns `rule: help → targets` for each violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe
        .run({ runOnly: { type: 'tag', values: tags } })
        .then((result) =>
          result.violations.map(({ id, help, nodes }) => ({
            id,
            help,
            nodes: nodes.map((node) => ({ target: node.target })),
          })),
        ),
    AXE_TAGS,
  );
  return violations.map(
    (v) => `${v.id}: ${v.help} → ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}
