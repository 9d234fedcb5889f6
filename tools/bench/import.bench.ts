// npm run bench -- import: 2,000 synthetic .txt reports (80 committees × 25 years, mixed encodings
// and line endings) imported as one folder by one `npm run import`; total time and peak memory.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ARCHIVE, removeDir, ROOT, TMP } from '../../tests/helpers/build.ts';

const COMMITTEES = 80;
const YEARS = 25;
const TARGET_SECONDS = 30;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function reportText(committee: number, year: number): string {
  const items = Array.from(
    { length: 12 },
    (_, item) =>
      `（${NUMERALS[item]}）推进第${item + 1}项重点工作，提升履职实效。` +
      `全年共收到提案${100 + item}件，报送社情民意信息XX余条，组织委员开展专项视察${item + 2}次，` +
      '围绕{中心工作}与<民生实事>开展调查研究，形成调研报告，推动一批热点难点问题得到解决。',
  );
  return [
    `第${committee}区政协${year}年工作总结`,
    `——${year + 1}年1月10日在政协第${committee}区第X届委员会第二次会议上`,
    '各位委员：',
    `${year}年，区政协常委会围绕全区中心工作，认真履行政治协商、民主监督、参政议政职能。`,
    `一、${year}年工作完成情况`,
    ...items,
    `二、${year + 1}年工作安排`,
    ...items.slice(0, 4).map((item) => item.replace('全年共', '计划')),
  ].join('\n');
}

// A third each of UTF-8 (LF), UTF-8 with BOM (CRLF) and UTF-16LE with BOM (CR).
function encode(text: string, index: number): Buffer {
  if (index % 3 === 0) return Buffer.from(text);
  if (index % 3 === 1)
    return Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text.replace(/\n/g, '\r\n')),
    ]);
  return Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(text.replace(/\n/g, '\r'), 'utf16le'),
  ]);
}

export async function run(): Promise<string> {
  mkdirSync(TMP, { recursive: true });
  const scratch = mkdtempSync(join(TMP, 'bench-import-'));
  const inputs = join(scratch, 'in');
  const contentDir = join(scratch, 'content');
  mkdirSync(join(contentDir, 'reports'), { recursive: true });
  cpSync(join(FIXTURE_ARCHIVE, 'site.yaml'), join(contentDir, 'site.yaml'));
  cpSync(join(ROOT, 'src/content/topics.yaml'), join(contentDir, 'topics.yaml'));
  let bytes = 0;
  for (let committee = 1; committee <= COMMITTEES; committee += 1) {
    mkdirSync(join(inputs, `c${committee}`), { recursive: true });
    for (let offset = 0; offset < YEARS; offset += 1) {
      const data = encode(reportText(committee, 2000 + offset), committee * YEARS + offset);
      bytes += data.length;
      writeFileSync(join(inputs, `c${committee}`, `${2000 + offset}.txt`), data);
    }
  }
  try {
    // /usr/bin/time -v would do, but is not always installed; the child reports its own peak RSS.
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'data:text/javascript,process.on("exit",()=>console.error("PEAK_RSS "+process.resourceUsage().maxRSS))',
        join(ROOT, 'tools/import/cli.ts'),
        inputs,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`import failed:\n${result.stderr.slice(0, 2000)}`);
    const written = readdirSync(join(contentDir, 'reports'), { recursive: true }).filter((name) =>
      String(name).endsWith('.mdx'),
    ).length;
    const peakMb = Number(/PEAK_RSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
    const count = COMMITTEES * YEARS;
    return [
      `## Import (${count} synthetic reports, ${new Date().toISOString().slice(0, 10)})`,
      '',
      `One \`npm run import -- FOLDER\` over ${COMMITTEES} committee subfolders of ${YEARS} reports each (${(bytes / 1024 / 1024).toFixed(1)} MB of .txt: a third each UTF-8/LF, UTF-8 BOM/CRLF, UTF-16LE/CR; 2 parts, 16 items, MDX-hostile \`{ } < >\` in every item), into an empty content root.`,
      '',
      '| figure | value | target |',
      '| --- | --- | --- |',
      `| entries written | ${written} of ${count} | all |`,
      `| total time (process start to exit) | ${seconds.toFixed(1)} s | < ${TARGET_SECONDS} s |`,
      `| per report | ${((seconds * 1000) / count).toFixed(1)} ms | — |`,
      `| peak memory (max RSS of the import process) | ${peakMb.toFixed(0)} MB | — |`,
    ].join('\n');
  } finally {
    removeDir(scratch);
  }
}
