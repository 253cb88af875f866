import { translator } from '../data/i18n/messages';
import { DEFAULT_LOCALE } from '../data/locale';
import { splitLocale } from '../routing/paths';
import { ErrorList } from '../ui/ErrorList';

/**
 * Shown instead of the explorer when the dataset fails validation: it names what is wrong (the
 * errors themselves in English, as the checks write them). Rendered outside the locale's routes:
 * the language is the address's, once its catalog is loaded.
 */
export function DatasetErrorPage({ errors }: { errors: string[] }) {
  const t = translator(
    typeof window === 'undefined' ? DEFAULT_LOCALE : splitLocale(window.location.pathname).locale,
  );
  const shown = errors.slice(0, 20);
  return (
    <main className="page page--narrow" id="main">
      <h1>{t('dataset.title')}</h1>
      <p>{t('dataset.text')}</p>
      <ErrorList errors={shown} />
      {errors.length > shown.length && (
        <p>{t('dataset.more', { count: errors.length - shown.length })}</p>
      )}
    </main>
  );
}
