import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGE_SUGGESTIONS, LANGUAGE_TAGS, type Locale } from '../data/locale';
import { useLocale, useT } from '../routing/locale';
import { localizePath } from '../routing/paths';
import { dismissLocaleHint, saveLocaleChoice, suggestedLocale } from './localeChoice';

/**
 * A dismissible suggestion of the reader's language (remembered, else the browser's), shown
 * until taken or dismissed. It never redirects: the page stays in the language of its address.
 */
export function LanguageHint() {
  const locale = useLocale();
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  // Mounted once per locale (each locale's routes have their own shell).
  const [suggested, setSuggested] = useState<Locale | null>(() =>
    suggestedLocale(locale, navigator.languages ?? [navigator.language]),
  );
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
          setSuggested(null);
        }}
      >
        {t('language.hint.dismiss')}
      </button>
    </aside>
  );
}
