import { ErrorList } from '../ui/ErrorList';
import { useAddressLanguage } from './useAddressLanguage';

/**
 * Shown instead of the explorer when the dataset fails validation: it names what is wrong (the
 * errors themselves in English, as the checks write them). Rendered outside the locale's routes
 * (there is no model to route with): the language is the address's (useAddressLanguage).
 */
export function DatasetErrorPage({ errors }: { errors: string[] }) {
  const { t } = useAddressLanguage();
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
