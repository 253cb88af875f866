import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, type Locale } from '../data/locale';
import { useLocale, useT } from '../routing/locale';
import { localizePath } from '../routing/paths';
import { useBrowserValue } from '../ui/clientValue';
import { dismissLocaleHint, saveLocaleChoice, suggestedLocale } from './localeChoice';

/** The one-time suggestion, written in the language it suggests (the reader may read no other). */
const LANGUAGE_SUGGESTIONS: Readonly<Record<Locale, string>> = {
  en: 'This page is also in English.',
  ru: 'Эта страница есть на русском языке.',
  zh: '本页面有中文版。',
};

/**
 * A dismissible suggestion of the reader's language (remembered, else the browser's), shown
 * until taken or dismissed. It never redirects: the page stays in the language of its address.
 */
export function LanguageHint() {
  const locale = useLocale();
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  // Read once the page is live: the baked page (and its hydration) never shows the hint, as
  // the server knows neither the reader's languages nor their choice.
  const suggestion = useBrowserValue<Locale | null>(
    () => suggestedLocale(locale, navigator.languages ?? [navigator.language]),
    null,
  );
  const [dismissed, setDismissed] = useState(false);
  const suggested = dismissed ? null : suggestion;
  if (!suggested) return null;
  const to = localizePath(`${location.pathname}${location.search}${location.hash}`, suggested);
  return (
    <aside className="language-hint" aria-label={t('language.label')}>
      <p lang={LANGUAGE_TAGS[suggested]}>
        {LANGUAGE_SUGGESTIONS[suggested]}{' '}
        <a
          href={to}
          hrefLang={LANGUAGE_TAGS[suggested]}
          onClick={(e) => {
            saveLocaleChoice(suggested);
            if (e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
            e.preventDefault();
            void navigate(to);
          }}
        >
          {LANGUAGE_NAMES[suggested]}
        </a>
      </p>
      <button
        type="button"
        onClick={() => {
          dismissLocaleHint(suggested);
          setDismissed(true);
        }}
      >
        {t('language.hint.dismiss')}
      </button>
    </aside>
  );
}
