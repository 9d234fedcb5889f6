// Report text cannot run code at build time: whatever a .txt or .docx holds — MDX expressions,
// import/export lines, JSX, <script> — `npm run import` writes it as text, and building the archive
// shows it as text and runs none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  buildArchive,
  copyArchive,
  removeDir,
  TMP,
  type BuildResult,
} from '../../tools/lib/build-archive.ts';
import { makeDocx } from '../helpers/docx.ts';
import { runImport } from '../import/run-import.ts';
import { attribute, elements, readPage, regionWith, textOf } from '../helpers/html.ts';

const CANARY = join(TMP, `canary-${process.pid}-${Date.now()}`);
const RUN = `globalThis.process.getBuiltinModule('node:fs').writeFileSync('${CANARY}', 'ran')`;

/** Lines that would run at build time if they reached the MDX as code. */
const HOSTILE = [
  `2021年，本会{${RUN}}认真履职。`,
  `import fs from 'node:fs'; fs.writeFileSync('${CANARY}', 'import');`,
  `export const ran = ${RUN};`,
  `<script>${RUN}</script>`,
  `<Fragment set:html={"<img src=x onerror=alert(1)>"} />`,
  `<img src="x" onerror="alert(1)">`,
  `{/* 看起来像注释 */}`,
];

function report(committee: string): string[] {
  return [
    `${committee}2021年工作总结`,
    ...HOSTILE,
    '一、2021年工作完成情况',
    `（一）{${RUN}}提案工作。全年立案{1+1}件，<b>办结</b>率高。`,
    ...HOSTILE,
    '二、2022年工作安排',
    '（一）继续做好提案工作。',
    '对往年提案开展跟踪评估。',
  ];
}

/** MDX node types that are code, not text. */
const CODE_NODES = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
];

function nodeTypes(node: Nodes): string[] {
  return [node.type, ...('children' in node ? node.children.flatMap(nodeTypes) : [])];
}

let contentDir: string;
let inputs: string;
let build: BuildResult;
let importRun: { status: number | null; stdout: string };
beforeAll(async () => {
  contentDir = copyArchive();
  inputs = mkdtempSync(join(TMP, 'hostile-'));
  writeFileSync(join(inputs, 'hostile.txt'), report('丙区政协').join('\n'));
  writeFileSync(join(inputs, 'hostile.docx'), await makeDocx(report('丁区政协')));
  const txtRun = runImport(contentDir, [join(inputs, 'hostile.txt'), '--committee', 'bing']);
  const docxRun = runImport(contentDir, [join(inputs, 'hostile.docx'), '--committee', 'ding']);
  importRun = {
    status: txtRun.status || docxRun.status,
    stdout: [txtRun.stdout, txtRun.stderr, docxRun.stdout, docxRun.stderr].join('\n'),
  };
  build = buildArchive({ contentDir });
});
afterAll(() => {
  [contentDir, inputs, build?.outDir].forEach((dir) => dir && removeDir(dir));
  removeDir(CANARY);
});

describe('hostile report text', () => {
  it('is imported from .txt and .docx as MDX with no expression, import, export or JSX', () => {
    expect(importRun.status, importRun.stdout).toBe(0);
    for (const id of ['bing/2021', 'ding/2021']) {
      const mdx = readFileSync(join(contentDir, `reports/${id}.mdx`), 'utf8');
      const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
      const types = nodeTypes(unified().use(remarkParse).use(remarkMdx).parse(body));
      expect(
        types.filter((type) => CODE_NODES.includes(type)),
        id,
      ).toEqual([]);
      expect(types).toContain('heading');
    }
  });

  it('builds, runs none of it, and shows every character as text', () => {
    expect(build.ok, build.output).toBe(true);
    expect(existsSync(CANARY)).toBe(false);
    for (const id of ['bing/2021', 'ding/2021']) {
      const html = readPage(build.outDir, `reports/${id}/`);
      const body = regionWith(html, 'data-pagefind-body');
      const text = textOf(body);
      for (const line of HOSTILE) expect(text, id).toContain(line);
      expect(text).toContain(`（一）{${RUN}}提案工作。`);
      expect(text).toContain('全年立案{1+1}件，<b>办结</b>率高。');
      const tags = elements(body).map((element) => element.tagName);
      for (const tag of ['script', 'img', 'b', 'fragment']) expect(tags, id).not.toContain(tag);
      expect(elements(body).filter((element) => attribute(element, 'onerror'))).toEqual([]);
    }
  });
});
