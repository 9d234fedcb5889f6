import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../tools/bench/sections.ts';

describe('replaceSection', () => {
  it('appends a new section and replaces it in place later, keeping the others', () => {
    const first = replaceSection('# Benchmarks\n', 'import', 'A');
    const both = replaceSection(first, 'search', 'B');
    const updated = replaceSection(both, 'import', 'C');
    expect(updated).toBe(
      '# Benchmarks\n\n<!-- bench:import -->\nC\n<!-- /bench:import -->\n\n<!-- bench:search -->\nB\n<!-- /bench:search -->\n',
    );
  });
});
