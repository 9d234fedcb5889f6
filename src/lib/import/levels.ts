// Which heading lines are parts, items or deeper, whatever numbering a report uses: the outermost
// shape present is the part; within each part, the outermost shape below it is the item. So
// 「1.」 are items in a part with no （一）, and 「一、」 are items under 「第一部分」.

/** A line that can be a heading: its nesting rank (outermost lowest), heading text and the rest. */
export interface HeadingCandidate {
  rank: number;
  heading: string;
  /** Text after the lead phrase, kept as the item's first paragraph. */
  rest: string;
}

/** The Markdown depth of each candidate (2 part, 3 item, 4 deeper); undefined where none. */
export function headingLevels(
  candidates: readonly (HeadingCandidate | undefined)[],
): (2 | 3 | 4 | undefined)[] {
  const ranks = candidates.flatMap((candidate) => (candidate ? [candidate.rank] : []));
  if (ranks.length === 0) return candidates.map(() => undefined);
  const top = Math.min(...ranks);
  const levels: (2 | 3 | 4 | undefined)[] = candidates.map((candidate) =>
    candidate?.rank === top ? 2 : undefined,
  );
  // Each span between parts (and the one before the first) settles its own item shape.
  let start = 0;
  for (let index = 0; index <= candidates.length; index += 1) {
    if (index < candidates.length && levels[index] !== 2) continue;
    const span = candidates.slice(start, index);
    const itemRank = Math.min(...span.flatMap((candidate) => (candidate ? [candidate.rank] : [])));
    span.forEach((candidate, offset) => {
      if (candidate) levels[start + offset] = candidate.rank === itemRank ? 3 : 4;
    });
    start = index + 1;
  }
  return levels;
}
