/** A range of characters in a text: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** Lowercase, full-width folded, without whitespace: how search compares text. */
function fold(char: string): string {
  return char.normalize('NFKC').toLowerCase();
}

/**
 * Where the needles stand in `text`, whitespace and case aside (「XX特色小镇」 finds 「XX 特色小镇」):
 * longest needles first, never overlapping, in text order. Used for excerpts on the search page
 * and for marking the text of the page a result opens.
 */
export function matchRanges(text: string, needles: readonly string[]): TextRange[] {
  const kept: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i += 1) {
    if (/\s/.test(text[i]!)) continue;
    const char = fold(text[i]!);
    // Folding keeps one character as one here; a character that would grow is kept as it is.
    folded += char.length === 1 ? char : text[i]!;
    kept.push(i);
  }
  const targets = [
    ...new Set(
      needles.map((needle) =>
        [...needle]
          .filter((c) => !/\s/.test(c))
          .map(fold)
          .join(''),
      ),
    ),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const taken: TextRange[] = [];
  for (const target of targets) {
    for (let at = folded.indexOf(target); at >= 0; at = folded.indexOf(target, at + 1)) {
      const range = { start: kept[at]!, end: kept[at + target.length - 1]! + 1 };
      if (!taken.some((other) => range.start < other.end && other.start < range.end))
        taken.push(range);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * What to mark on the page a result opens, given what the page holds: the whole query where it
 * stands there verbatim, else each word; never a lone character unless the query is one.
 */
export function highlightTerms(
  phrase: string,
  words: readonly string[],
  holds: (text: string) => boolean,
): string[] {
  if ([...phrase].length === 1) return [phrase];
  if (holds(phrase)) return [phrase];
  return words.filter((word) => [...word].length > 1 && holds(word));
}
