// Sentences for generated reports: real sentences from the pools, real clauses recombined, and
// real report phrasing around the corpus's own place, project and unit names.
import { ACTIONS, PROJECT_TYPES, type NameBook } from './names.ts';
import type { SentencePool } from './pool.ts';
import type { Random } from './random.ts';

type Kind = 'summary' | 'plan';

const DONE = [
  (m: Mention) => `组织委员视察${m.where}建设情况，提出意见建议${m.n}条。`,
  (m: Mention) => `推动${m.where}${m.action}，群众反映良好。`,
  (m: Mention) => `${m.unit}围绕${m.where}开展专题调研，形成调研报告${m.n}篇。`,
  (m: Mention) => `就${m.where}与${m.unit}开展对口协商，达成多项共识。`,
  (m: Mention) => `委员们深入${m.where}现场察看，听取${m.unit}情况汇报。`,
  (m: Mention) => `关于${m.where}${m.action}的提案由${m.unit}办理，目前已经办结。`,
  (m: Mention) => `督促${m.unit}加快${m.where}${m.action}，按期完成年度任务。`,
];
const PLANNED = [
  (m: Mention) => `将${m.where}${m.action}列入重点督办事项，持续跟踪问效。`,
  (m: Mention) => `围绕${m.where}${m.action}开展民主监督，推动${m.unit}落实整改。`,
  (m: Mention) => `组织委员就${m.where}建设开展视察，助推项目早日建成。`,
  (m: Mention) => `支持${m.unit}做好${m.where}${m.action}工作。`,
];

interface Mention {
  where: string;
  action: string;
  unit: string;
  n: number;
}

/** Makes sentences for one corpus; `reserved` place+project names are never made by chance. */
export function sentenceMaker(pool: SentencePool, names: NameBook, reserved: ReadonlySet<string>) {
  const mention = (random: Random): Mention => {
    const project = random.pick(PROJECT_TYPES);
    // A three-character place can end in a reserved two-character one: 太平沟 holds 平沟.
    const isReserved = (name: string) =>
      reserved.has(name.slice(-project.length - 2)) ||
      reserved.has(name.slice(-project.length - 3));
    let where = `${names.placeName(random)}${project}`;
    while (isReserved(where)) where = `${names.placeName(random)}${project}`;
    return { where, action: random.pick(ACTIONS), unit: names.unit(random), n: random.int(2, 40) };
  };
  const remix = (random: Random, kind: Kind) => {
    const clauses = (sentence: string) => sentence.replace(/[。！？；]$/, '').split('，');
    const first = clauses(random.pick(pool.body[kind]));
    const middle = clauses(random.pick(pool.body[kind]));
    const last = clauses(random.pick(pool.body[kind]));
    const parts = [first[0]!, middle[random.int(0, middle.length - 1)]!, last.at(-1)!];
    return `${[...new Set(parts)].join('，')}。`;
  };
  return {
    /** One sentence of item text. */
    sentence(random: Random, kind: Kind): string {
      const roll = random.next();
      if (roll < 0.35) return random.pick(pool.body[kind]);
      if (roll < 0.65) return remix(random, kind);
      return random.pick(kind === 'plan' ? PLANNED : DONE)(mention(random));
    },
    /** An item's lead phrase: mostly real ones, some naming a project. */
    lead(random: Random, kind: Kind): string {
      if (random.chance(0.75)) return random.pick(pool.leads[kind]);
      const { where, action } = mention(random);
      return `聚焦${where}${action}，${random.pick(['推动民生改善', '助力高质量发展', '回应群众关切'])}。`;
    },
  };
}
