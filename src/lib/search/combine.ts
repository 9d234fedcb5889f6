// One search over several archives: each archive's own results (Pagefind's search narrowed to that
// archive) become one relevance order and one set of word positions, every page keyed by archive.
import { archiveKey } from './archives.ts';
import type { TermPositions } from './locate.ts';
import { shardKey } from './shards.ts';

/** A page Pagefind found, as far as combining needs it. */
export interface FoundResult {
  id: string;
  /** Pagefind's relevance (times the index's weight), comparable across merged indexes. */
  score: number;
  words: readonly number[];
}

/** One index's searches: all terms together (relevance, AND), and each term alone (positions). */
export interface ArchiveRun<R extends FoundResult> {
  archive: number;
  /** Which of the archive's shards (shards.ts) was searched; 0 when not given. */
  shard?: number;
  main: readonly R[];
  /** One list per query term, in the plan's order. */
  perTerm: readonly (readonly R[])[];
}

/** Every archive's results as one search: keys in relevance order, positions and results by key. */
export interface CombinedRun<R extends FoundResult> {
  order: string[];
  positions: TermPositions;
  results: Map<string, R>;
}

const ascending = (words: readonly number[]) => [...words].sort((a, b) => a - b);

/** A page's key across archives and shards. */
const keyOf = (run: ArchiveRun<FoundResult>, id: string) =>
  archiveKey(run.archive, shardKey(run.shard ?? 0, id));

/**
 * One index keeps Pagefind's order. Several are ordered by score, highest first, ties in index
 * order: what Pagefind's own merged search does, with each page still knowing its archive.
 */
export function combineRuns<R extends FoundResult>(
  runs: readonly ArchiveRun<R>[],
  terms: readonly string[],
): CombinedRun<R> {
  const keyed = runs.flatMap((run) =>
    run.main.map((result) => ({ key: keyOf(run, result.id), result })),
  );
  if (runs.length > 1) keyed.sort((a, b) => b.result.score - a.result.score);
  const positions = new Map(
    terms.map((term, index) => [
      term,
      new Map(
        runs.flatMap((run) =>
          (run.perTerm[index] ?? []).map(
            (result) => [keyOf(run, result.id), ascending(result.words)] as const,
          ),
        ),
      ),
    ]),
  );
  return {
    order: keyed.map((entry) => entry.key),
    positions,
    results: new Map(keyed.map((entry) => [entry.key, entry.result])),
  };
}
