import type { ReactNode } from 'react';
import { translator } from '../data/i18n/messages';
import { DEFAULT_LOCALE } from '../data/locale';
import { localizePath, splitLocale } from '../routing/paths';
import { ErrorBoundary, type Failure } from '../ui/ErrorBoundary';

/**
 * The last line of defence, around the router and the store: whatever throws while the app
 * renders (a bug, a failed navigation, a broken model), the reader gets a page that says so and
 * a way back, never a blank page. It uses neither the router nor the store, which may be what
 * broke; it is outside the locale's provider too, so it reads the language from the address
 * (English while that language's catalog is not loaded).
 */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary name="The explorer" fallback={RootErrorPage}>
      {children}
    </ErrorBoundary>
  );
}

const addressLocale = () =>
  typeof window === 'undefined' ? DEFAULT_LOCALE : splitLocale(window.location.pathname).locale;

function RootErrorPage({ chunkFailed }: Failure) {
  const locale = addressLocale();
  const t = translator(locale);
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
