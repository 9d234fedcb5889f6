// Which candidate phrases occur in exactly one report: a phrase chosen for a top-1 test must be
// verbatim in its own report and in no other, whatever the names happened to combine into.

/** For each candidate, the indexes of the texts holding it verbatim (up to `limit` of them). */
export function occurrences(
  texts: readonly string[],
  candidates: readonly string[],
  limit = 2,
): Map<string, number[]> {
  const found = new Map(candidates.map((candidate) => [candidate, [] as number[]]));
  const byStart = new Map<string, string[]>();
  for (const candidate of found.keys()) {
    if (candidate.length < 2) throw new Error(`phrase too short to check: ${candidate}`);
    const key = candidate.slice(0, 2);
    byStart.set(key, [...(byStart.get(key) ?? []), candidate]);
  }
  texts.forEach((text, index) => {
    for (let at = 0; at < text.length - 1; at += 1) {
      const starting = byStart.get(text.slice(at, at + 2));
      if (!starting) continue;
      for (const candidate of starting) {
        const holders = found.get(candidate)!;
        if (holders.at(-1) !== index && holders.length < limit && text.startsWith(candidate, at))
          holders.push(index);
      }
    }
  });
  return found;
}

/**
 * Phrases of 5–6 characters cut out of a name so that they start or end inside a word, as staff
 * paste them: 石门 + 农贸市场 + 提档升级 → 门农贸市场, 门农贸市场提, 贸市场提档 ….
 */
export function crossWordCandidates(place: string, project: string, action: string): string[] {
  const whole = place + project + action;
  const projectStart = place.length;
  const actionStart = projectStart + project.length;
  const candidates: string[] = [];
  for (const length of [5, 6]) {
    for (let start = 1; start + length <= whole.length; start += 1) {
      const end = start + length;
      const startsInside = start !== projectStart && start !== actionStart;
      const endsInside = end !== projectStart && end !== actionStart && end !== whole.length;
      // Inside a word at one end at least, and across a word boundary.
      const crosses =
        start < actionStart && end > projectStart && (start < projectStart || end > actionStart);
      if ((startsInside || endsInside) && crosses) candidates.push(whole.slice(start, end));
    }
  }
  return [...new Set(candidates)];
}
