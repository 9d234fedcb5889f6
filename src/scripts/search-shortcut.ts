// `/` and Ctrl+K focus the search box: the search page's own box where there is one, else the header's.
import { isSearchShortcut } from '../lib/search/shortcut.ts';

document.addEventListener('keydown', (event) => {
  const target = event.target instanceof HTMLElement ? event.target : null;
  const inTextField = Boolean(
    target?.isContentEditable || target?.matches('input, textarea, select'),
  );
  const press = {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
  };
  if (!isSearchShortcut({ ...press, inTextField })) return;
  const input =
    document.querySelector<HTMLInputElement>('[data-search-input]') ??
    document.querySelector<HTMLInputElement>('[data-site-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
