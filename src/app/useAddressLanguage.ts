import { useEffect, useReducer } from 'react';
import { loadCatalog, translator, type Translate } from '../data/i18n/messages';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, type Locale } from '../data/locale';
import { splitLocale } from '../routing/paths';

/** The locale of the page's address (`/ru/…` → `ru`), English on the server. */
export const addressLocale = (): Locale =>
  typeof window === 'undefined' ? DEFAULT_LOCALE : splitLocale(window.location.pathname).locale;

/**
 * The words of a page drawn outside the locale's routes (the broken dataset's page, the root
 * error page): the address's language, its catalog loaded here if nobody has loaded it yet (the
 * page is drawn again once it arrives; English meanwhile, or for good if it cannot be fetched),
 * and `<html lang>` set to match.
 */
export function useAddressLanguage(): { t: Translate; locale: Locale } {
  const locale = addressLocale();
  const t = translator(locale);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let live = true;
    // Drawn again only if the words changed (English, or a catalog loaded already, need not).
    loadCatalog(locale).then(
      () => {
        if (live && translator(locale) !== t) arrived();
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [locale, t]);
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[locale];
  }, [locale]);
  return { t, locale };
}
