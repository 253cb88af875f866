import { isLocale, matchLocale, type Locale } from '../data/locale';

/** The language the reader chose (remembered in this browser), and whether the one-time
 * suggestion of another language was dismissed. Storage may be unavailable: then nothing is
 * remembered and nothing breaks. */
const CHOICE = 'explorer.locale';
const DISMISSED = 'explorer.localeHintDismissed';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice is not remembered.
  }
}

export function saveLocaleChoice(locale: Locale): void {
  write(CHOICE, locale);
  write(DISMISSED, null);
}

/** The reader said no to `locale`: it is not suggested again. */
export function dismissLocaleHint(locale: Locale): void {
  write(DISMISSED, locale);
}

/**
 * The language to suggest to a reader at `current`, or null: the remembered choice, else the
 * browser's language, until the reader dismisses it; never a redirect.
 */
export function suggestedLocale(current: Locale, browser: readonly string[]): Locale | null {
  const chosen = read(CHOICE);
  const wanted = isLocale(chosen) ? chosen : matchLocale(browser);
  return wanted !== current && read(DISMISSED) !== wanted ? wanted : null;
}
