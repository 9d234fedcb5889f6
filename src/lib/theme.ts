// Light and dark themes: the system's preference unless the reader chose one with the toggle.
// The script runs inline in <head>, before the first paint, so a stored choice never flashes.

/** localStorage key holding the reader's choice, `light` or `dark`. */
export const THEME_STORAGE_KEY = 'archive-theme';

/**
 * Sets `data-theme` on <html> from the stored choice (absent: CSS follows prefers-color-scheme)
 * and `data-theme-js` so the toggle shows only where it works; wires every `[data-theme-toggle]`
 * button, keeping `aria-pressed` true while the dark theme is showing.
 * Kept as source text (no bundler, no module request); unit tests run it against stand-ins.
 */
export const THEME_SCRIPT = `(() => {
  const root = document.documentElement;
  const key = ${JSON.stringify(THEME_STORAGE_KEY)};
  const query = matchMedia('(prefers-color-scheme: dark)');
  let stored = null;
  try { stored = localStorage.getItem(key); } catch {}
  if (stored === 'dark' || stored === 'light') root.dataset.theme = stored;
  root.dataset.themeJs = '';
  const isDark = () => (root.dataset.theme || (query.matches ? 'dark' : 'light')) === 'dark';
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(isDark()));
    }
  };
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try { localStorage.setItem(key, next); } catch {}
    sync();
  });
  query.addEventListener('change', sync);
  document.addEventListener('DOMContentLoaded', sync);
})();`;
