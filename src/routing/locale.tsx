import { createContext, useContext, type ReactNode } from 'react';
import { translator, type Translate } from '../data/i18n/messages';
import { DEFAULT_LOCALE, type Locale } from '../data/locale';

/**
 * The locale the address names, for every view below the route of that locale (the route
 * table mounts one provider per locale prefix, so it never changes under a mounted view).
 */
const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The interface's words in the current locale: `t('nav.sources')`. Its catalog is loaded
 * before the locale's routes render (app/LocaleRoot). */
export function useT(): Translate {
  return translator(useLocale());
}
