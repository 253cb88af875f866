import type { ReactNode } from 'react';
import { localizePath } from '../routing/paths';
import { ErrorBoundary, type Failure } from '../ui/ErrorBoundary';
import { useAddressLanguage } from './useAddressLanguage';

/**
 * The last line of defence, around the router and the store: whatever throws while the app
 * renders (a bug, a failed navigation, a broken model), the reader gets a page that says so and
 * a way back, never a blank page. It uses neither the router nor the store, which may be what
 * broke; it is outside the locale's provider too, so it reads the language from the address
 * (loading that language's catalog if it is not in yet, see useAddressLanguage).
 */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary name="The explorer" fallback={(failure) => <RootErrorPage {...failure} />}>
      {children}
    </ErrorBoundary>
  );
}

function RootErrorPage({ chunkFailed }: Failure) {
  const { t, locale } = useAddressLanguage();
  return (
    <main id="main" className="page root-error">
      <h1>{t('error.root.title')}</h1>
      <p role="alert">
        {t(chunkFailed ? 'error.root.chunk' : 'error.root.drawing')} {t('error.root.helps')}
      </p>
      <p className="root-error__actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        <a href={localizePath('/', locale)}>{t('error.root.start')}</a>
      </p>
    </main>
  );
}
