import { Link } from 'react-router';
import { useLocale, useT } from '../routing/locale';
import { localizePath, paths } from '../routing/paths';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundPage() {
  const t = useT();
  const locale = useLocale();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page--narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={localizePath(paths.explorer.href(), locale)}>{t('notFound.explorer')}</Link>{' '}
        {t('notFound.or')}{' '}
        <Link to={localizePath(paths.sources.href(), locale)}>{t('notFound.sources')}</Link>.
      </p>
    </div>
  );
}
