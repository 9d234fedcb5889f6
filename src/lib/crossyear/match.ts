// Which of last year's plan items this year's summary items carried out, from the Chinese text alone:
// character bigrams weighted by how rare they are among the two years' items (words every item uses,
// 工作 or 政协, count for nearly nothing), cosine similarity, plus a bonus for shared work areas.
// No network, no model; the same texts always give the same result.
import { keywordHits, type TopicKeywords } from '../topics/classify.ts';
import {
  bigramCounts,
  bigramKeys,
  documentFrequency,
  dot,
  weigh,
  type SparseVector,
} from './bigrams.ts';

/** One plan or summary item: its heading (the lead phrase) and text. */
export interface MatchItem {
  heading: string;
  text: string;
}

/** How sure a match is, in words readers see. */
export type MatchStrength = 'strong' | 'medium' | 'weak';

export const STRENGTH_LABELS: Record<MatchStrength, string> = {
  strong: '高度吻合',
  medium: '较为吻合',
  weak: '部分吻合',
};

/** One summary item matched to a plan item. */
export interface ItemMatch {
  /** Index of the summary item. */
  index: number;
  /** 0–1: text similarity with the shared-topic bonus. */
  score: number;
  strength: MatchStrength;
}

/** Below this text similarity nothing matches, whatever topics the items share. */
export const MIN_SIMILARITY = 0.12;
/** A match needs at least this score (similarity and topic bonus together). */
export const MIN_SCORE = 0.16;
const STRONG = 0.42;
const MEDIUM = 0.26;
/** A weaker match is kept only beside a clearly better one when within this share of the best. */
const NEAR_BEST = 0.55;
const MAX_MATCHES = 3;
const TOPIC_WEIGHT = 0.2;

// Bigrams found in almost every item of any report: they say nothing about what an item is about.
const GENERIC = new Set(
  '工作 政协 委员 开展 加强 推进 进一步 深入 积极 全面 坚持 提高 提升 组织 围绕 重点 活动 全区 全县 全市 全省 各项 有关 相关 一步 方面 进行 不断 切实 努力 充分 做好 继续 认真 大力 着力 扎实 持续 推动 促进 发挥 作用 主要 完成 情况 全年 今年 明年 年度 一年 我们 广大 机制 建立 健全 完善 实现 取得 成效 务实 建设 能力 水平 服务 提出 意见 建议 群众 领导'
    .split(' ')
    .flatMap(bigramKeys),
);

/** The opening of an item's text that is compared: what it is about, before the details. */
export const COMPARED_TEXT = 240;

/** The text of an item that matching reads: its heading and the opening of its text. */
const compared = (item: MatchItem) => item.text.slice(0, COMPARED_TEXT);

/** Bigram counts of an item: the heading counts twice, as it names what the item is about. */
function counts(item: MatchItem): SparseVector {
  return bigramCounts(
    [
      [item.heading, 2],
      [compared(item), 1],
    ],
    GENERIC,
  );
}

function topicSet(item: MatchItem, topics: readonly TopicKeywords[]): Set<string> {
  return new Set(keywordHits(`${item.heading}\n${compared(item)}`, topics).keys());
}

function overlap(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((id) => b.has(id)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : shared / union;
}

/** The similarity of every plan item to every summary item: rows are plan items. */
export function similarityMatrix(
  plan: readonly MatchItem[],
  summary: readonly MatchItem[],
  topics: readonly TopicKeywords[] = [],
): number[][] {
  const raw = [...plan, ...summary].map(counts);
  // Document frequency over both years' items: what every item says weighs nothing.
  const frequency = documentFrequency(raw);
  const vectors = raw.map((vector) => weigh(vector, frequency, raw.length));
  // Topics only for items in a pair similar enough to need them.
  const items = [...plan, ...summary];
  const topicSets = new Map<number, Set<string>>();
  const topicsOf = (index: number) => {
    if (!topicSets.has(index)) topicSets.set(index, topicSet(items[index]!, topics));
    return topicSets.get(index)!;
  };
  return plan.map((_, row) =>
    summary.map((__, column) => {
      const similarity = dot(vectors[row]!, vectors[plan.length + column]!);
      if (similarity < MIN_SIMILARITY) return similarity;
      const bonus = overlap(topicsOf(row), topicsOf(plan.length + column));
      return Math.min(1, similarity + TOPIC_WEIGHT * bonus);
    }),
  );
}

export function strengthOf(score: number): MatchStrength {
  if (score >= STRONG) return 'strong';
  if (score >= MEDIUM) return 'medium';
  return 'weak';
}

/**
 * For each plan item, the summary items that carried it out, best first (at most three): those
 * whose score reaches MIN_SCORE on at least MIN_SIMILARITY of text, and, beside the best, only
 * those close to it. An empty list means the summary records nothing of that plan item.
 */
export function matchPlanItems(
  plan: readonly MatchItem[],
  summary: readonly MatchItem[],
  topics: readonly TopicKeywords[] = [],
): ItemMatch[][] {
  const matrix = similarityMatrix(plan, summary, topics);
  return matrix.map((row) => {
    const candidates = row
      .map((score, index) => ({ index, score }))
      .filter(({ score }) => score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.index - b.index);
    const best = candidates[0]?.score ?? 0;
    return candidates
      .filter(({ score }) => score >= best * NEAR_BEST)
      .slice(0, MAX_MATCHES)
      .map(({ index, score }) => ({ index, score, strength: strengthOf(score) }));
  });
}
