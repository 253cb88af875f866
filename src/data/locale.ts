/**
 * The languages the explorer speaks. English is the original (the dataset is written in it) and
 * lives at `/…`; the others at `/ru/…` and `/zh/…` (Chinese in simplified characters).
 */
export const LOCALES = ['en', 'ru', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag for `<html lang>` and for `Intl` (Chinese: simplified script). */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = {
  en: 'en',
  ru: 'ru',
  zh: 'zh-Hans',
};

/** Each language named in itself, as the switcher offers it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  ru: 'Русский',
  zh: '中文',
};

/** The locale that best fits the browser's preferred languages (`navigator.languages`). */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
