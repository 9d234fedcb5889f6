/** The parts of a keydown event that decide whether it asks for the search box. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when focus is in a text field, where `/` is just a character. */
  inTextField: boolean;
}

/** Ctrl+K (⌘K) anywhere, or `/` when not typing, focuses the search box. */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 'k') return true;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.inTextField;
}
