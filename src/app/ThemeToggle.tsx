import { useSyncExternalStore } from 'react';
import { currentTheme, saveTheme, subscribeTheme, type Theme } from './theme';
import { useT } from '../routing/locale';

/**
 * A pressed/unpressed "Dark theme" button. It always says what the page shows: the choice made
 * (remembered, and shared with the app's other tabs), else the system's theme as it changes.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => 'light' as Theme);
  const dark = theme === 'dark';
  const t = useT();
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      onClick={() => saveTheme(dark ? 'light' : 'dark')}
    >
      {t('theme.dark')}
    </button>
  );
}
