/** Light or dark: the system's preference unless the user chose one (remembered). */
export type Theme = 'light' | 'dark';

const KEY = 'ctr-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The theme the page shows: the reader's choice, else the system's. */
export function currentTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

export function applyTheme(theme: Theme | null): void {
  const root = document.documentElement;
  if (theme) root.dataset.theme = theme;
  else delete root.dataset.theme;
}

const listeners = new Set<() => void>();

export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  applyTheme(theme);
  listeners.forEach((l) => l());
}

/**
 * Calls `onChange` whenever the theme the page shows may have changed: the system's preference
 * flips, or a choice is made here or in another tab of the app (the `storage` event, which also
 * applies that choice to this page).
 */
export function subscribeTheme(onChange: () => void): () => void {
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY && e.key !== null) return;
    applyTheme(storedTheme());
    onChange();
  };
  listeners.add(onChange);
  media?.addEventListener('change', onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    media?.removeEventListener('change', onChange);
    window.removeEventListener('storage', onStorage);
  };
}
