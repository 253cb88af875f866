import { useLocation, useNavigate } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALES, type Locale } from '../data/locale';
import { useLocale, useT } from '../routing/locale';
import { localizePath } from '../routing/paths';
import { useBrowserValue } from '../ui/clientValue';
import { saveLocaleChoice } from './localeChoice';

/**
 * The languages, each named in itself (English, Русский, 中文): links to the same address (year,
 * open event, filters, fragment) in that language. Following one pushes a history entry, so
 * Back returns to the previous language; the choice is remembered.
 */
export function LanguageSwitcher() {
  const locale = useLocale();
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  // The baked page has no query string: while it hydrates, the links are the path alone (as
  // baked, so they match), then they keep the year and the choices too.
  // (A string, not a flag: where the address has neither, both are the same and hydrating the
  // page does not re-render the switcher.)
  const full = `${location.pathname}${location.search}${location.hash}`;
  const here = useBrowserValue(() => full, location.pathname);
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {LOCALES.map((target: Locale) => {
          const to = localizePath(here, target);
          return (
            <li key={target}>
              <a
                href={to}
                lang={LANGUAGE_TAGS[target]}
                hrefLang={LANGUAGE_TAGS[target]}
                aria-current={target === locale ? 'true' : undefined}
                onClick={(e) => {
                  saveLocaleChoice(target);
                  if (e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
                  e.preventDefault();
                  if (target !== locale) void navigate(to);
                }}
              >
                {LANGUAGE_NAMES[target]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
