import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT, THEME_STORAGE_KEY } from '../../src/lib/theme.ts';

// Just enough of a browser for the inline script: <html>'s dataset, storage, one media query, one button.
class FakeElement {
  attributes = new Map<string, string>();
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  closest(selector: string) {
    return selector === '[data-theme-toggle]' ? this : null;
  }
}

function runScript(options: {
  stored?: string | null;
  systemDark?: boolean;
  storageThrows?: boolean;
}) {
  const listeners = new Map<string, (event: { target: unknown }) => void>();
  const store = new Map<string, string>();
  if (options.stored) store.set(THEME_STORAGE_KEY, options.stored);
  const root = { dataset: {} as Record<string, string> };
  const button = new FakeElement();
  const document = {
    documentElement: root,
    querySelectorAll: () => [button],
    addEventListener: (type: string, listener: (event: { target: unknown }) => void) =>
      listeners.set(type, listener),
  };
  const localStorage = {
    getItem(key: string) {
      if (options.storageThrows) throw new Error('SecurityError');
      return store.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (options.storageThrows) throw new Error('SecurityError');
      store.set(key, value);
    },
  };
  const matchMedia = () => ({
    matches: options.systemDark ?? false,
    addEventListener: () => undefined,
  });
  new Function('document', 'localStorage', 'matchMedia', 'Element', THEME_SCRIPT)(
    document,
    localStorage,
    matchMedia,
    FakeElement,
  );
  return {
    root,
    button,
    store,
    loaded: () => listeners.get('DOMContentLoaded')!({ target: document }),
    click: () => listeners.get('click')!({ target: button }),
  };
}

describe('THEME_SCRIPT', () => {
  it('applies a stored choice at once, before the page has loaded', () => {
    expect(runScript({ stored: 'dark' }).root.dataset['theme']).toBe('dark');
    expect(runScript({ stored: 'light', systemDark: true }).root.dataset['theme']).toBe('light');
  });

  it('leaves the theme to the system when nothing valid is stored, and marks that script runs', () => {
    for (const stored of [null, 'purple']) {
      const page = runScript({ stored });
      expect(page.root.dataset['theme']).toBeUndefined();
      expect(page.root.dataset['themeJs']).toBe('');
    }
  });

  it('toggles from the system theme to the other one and stores the choice', () => {
    const page = runScript({ systemDark: true });
    page.loaded();
    expect(page.button.attributes.get('aria-pressed')).toBe('true');
    page.click();
    expect(page.root.dataset['theme']).toBe('light');
    expect(page.store.get(THEME_STORAGE_KEY)).toBe('light');
    expect(page.button.attributes.get('aria-pressed')).toBe('false');
    page.click();
    expect(page.store.get(THEME_STORAGE_KEY)).toBe('dark');
    expect(page.button.attributes.get('aria-pressed')).toBe('true');
  });

  it('still toggles when storage is blocked (private mode, some in-app browsers)', () => {
    const page = runScript({ storageThrows: true });
    page.click();
    expect(page.root.dataset['theme']).toBe('dark');
  });
});
