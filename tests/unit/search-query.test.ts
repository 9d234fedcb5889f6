import { describe, expect, it } from 'vitest';
import { compact, MAX_QUERY_LENGTH, normaliseQuery } from '../../src/lib/search/query.ts';
import { needsConversion, traditionalCharacters } from '../../src/lib/search/traditional.ts';
import { isSearchShortcut } from '../../src/lib/search/shortcut.ts';
import * as OpenCC from 'opencc-js/t2cn';

describe('normaliseQuery', () => {
  it('trims, collapses spaces and folds full-width Latin and digits', () => {
    expect(normaliseQuery('  提案　 办理 ＡＢＣ１２３ ')).toEqual({
      text: '提案 办理 ABC123',
      truncated: false,
      searchable: true,
    });
  });

  it('marks empty, whitespace-only and punctuation-only queries as not searchable', () => {
    for (const raw of ['', '   ', '　\t', '，。！？', '<>/\\*+?()[]{}|^$.']) {
      expect(normaliseQuery(raw).searchable, JSON.stringify(raw)).toBe(false);
    }
  });

  it('cuts a 2,000-character query and says so', () => {
    const result = normaliseQuery('提案'.repeat(1000));
    expect([...result.text]).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.truncated).toBe(true);
  });

  it('keeps HTML and regex characters as plain text', () => {
    expect(normaliseQuery('<script>alert(1)</script> (.*)').text).toBe(
      '<script>alert(1)</script> (.*)',
    );
  });
});

describe('Chinese words', () => {
  it('compacts whitespace away for verbatim comparison', () => {
    expect(compact('XX 特色小镇\n规划')).toBe('xx特色小镇规划');
  });
});

describe('Traditional characters', () => {
  const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const traditional = traditionalCharacters(convert);

  it('lists the characters the converter changes, and no Simplified ones', () => {
    expect(traditional).toContain('辦');
    expect(traditional).toContain('議');
    expect(traditional).not.toContain('办');
    expect(traditional.length).toBeGreaterThan(2000);
  });

  it('asks for conversion only when a Traditional character is present', () => {
    expect(needsConversion('提案辦理', traditional)).toBe(true);
    expect(needsConversion('提案办理', traditional)).toBe(false);
    expect(convert('提案辦理')).toBe('提案办理');
  });
});

describe('isSearchShortcut', () => {
  const press = { key: '/', ctrlKey: false, metaKey: false, altKey: false, inTextField: false };
  it('takes / outside text fields and Ctrl+K or ⌘K anywhere', () => {
    expect(isSearchShortcut(press)).toBe(true);
    expect(isSearchShortcut({ ...press, inTextField: true })).toBe(false);
    expect(isSearchShortcut({ ...press, key: 'k', ctrlKey: true, inTextField: true })).toBe(true);
    expect(isSearchShortcut({ ...press, key: 'K', metaKey: true })).toBe(true);
    expect(isSearchShortcut({ ...press, key: 'k' })).toBe(false);
    expect(isSearchShortcut({ ...press, key: 'k', ctrlKey: true, altKey: true })).toBe(false);
  });
});
