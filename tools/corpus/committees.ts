import type { Random } from './random.ts';

const FIRST_YEAR = 1949;
const LAST_YEAR = 2025;

/**
 * Spreads `reports` over `committees` the way real archives are uneven: a few committees with
 * decades of reports, many with a few years. Each committee's years run up to LAST_YEAR.
 */
export function committeeYears(
  random: Random,
  reports: number,
  committees: number,
): { committee: number; year: number }[] {
  const span = LAST_YEAR - FIRST_YEAR + 1;
  if (reports > committees * span)
    throw new Error(`${reports} reports do not fit ${committees} committees of ${span} years`);
  const weights = Array.from({ length: committees }, (_, k) => 1 / (k + 1) ** 0.8);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) =>
    Math.min(span, Math.max(1, Math.floor((reports * weight) / total))),
  );
  // Fill up to `reports`, never past a committee's span, starting with the largest.
  let missing = reports - sizes.reduce((sum, size) => sum + size, 0);
  for (let k = 0; missing !== 0; k = (k + 1) % committees) {
    if (missing > 0 && sizes[k]! < span) ((sizes[k]! += 1), (missing -= 1));
    else if (missing < 0 && sizes[k]! > 1) ((sizes[k]! -= 1), (missing += 1));
  }
  const order = random.shuffle(sizes.map((size, committee) => ({ committee, size })));
  return order.flatMap(({ committee, size }) =>
    Array.from({ length: size }, (_, offset) => ({ committee, year: LAST_YEAR - offset })),
  );
}
