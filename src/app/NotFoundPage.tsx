import { Link } from 'react-router';
import { paths } from '../routing/paths';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page page--narrow">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped or moved.</p>
      <p>
        <Link to={paths.explorer.href()}>Go to the explorer</Link> or{' '}
        <Link to={paths.sources.href()}>see the sources</Link>.
      </p>
    </div>
  );
}
