import type { ReactNode } from 'react';
import { ErrorBoundary, type Failure } from '../ui/ErrorBoundary';

/**
 * The last line of defence, around the router and the store: whatever throws while the app
 * renders (a bug, a failed navigation, a broken model), the reader gets a page that says so and
 * a way back, never a blank page. It uses neither the router nor the store, which may be what
 * broke.
 */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary name="The explorer" fallback={RootErrorPage}>
      {children}
    </ErrorBoundary>
  );
}

function RootErrorPage({ chunkFailed }: Failure) {
  return (
    <main id="main" className="page root-error">
      <h1>The explorer could not be shown</h1>
      <p role="alert">
        {chunkFailed
          ? 'Part of the app could not be loaded: you may be offline, or the app may have been updated.'
          : 'Something went wrong while drawing the page.'}{' '}
        Reloading the page usually helps.
      </p>
      <p className="root-error__actions">
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <a href="/">Open the explorer’s start page</a>
      </p>
    </main>
  );
}
