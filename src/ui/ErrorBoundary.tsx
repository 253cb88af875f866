import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../routing/locale';
import './ErrorBoundary.css';

interface Props {
  /** What failed, in words, in the page's language: "The trade figure". */
  name: string;
  children: ReactNode;
  /** Draws the message instead of the default box (the root's full-page message). */
  fallback?: (failure: Failure) => ReactNode;
}

export interface Failure {
  /** What failed, in words. */
  name: string;
  /** A chunk of code could not be fetched: only a reload can help. */
  chunkFailed: boolean;
  /** Draws the children again. */
  retry: () => void;
}

/** True for the errors browsers give when a lazily loaded chunk cannot be fetched. */
export function isChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Loading chunk|Importing a module script failed|error loading dynamically/i.test(
    message,
  );
}

const reload = () => window.location.reload();

interface State {
  error: Error | null;
}

/** Keeps one broken view from taking the page down: a message and a retry instead. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever debugs this; the page itself shows a plain message.
    console.info(`${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const failure: Failure = {
      name: this.props.name,
      chunkFailed: isChunkError(this.state.error),
      retry: () => this.setState({ error: null }),
    };
    if (this.props.fallback) return this.props.fallback(failure);
    return <ViewError {...failure} />;
  }
}

/** A broken view's message, in the page's language, with a reload or a retry. */
function ViewError({ name, chunkFailed, retry }: Failure) {
  const t = useT();
  return (
    <div className="view-error" role="alert">
      <p>
        <strong>{t('error.couldNotShow', { name })}</strong>{' '}
        {t(chunkFailed ? 'error.chunk' : 'error.drawing')}
      </p>
      {chunkFailed ? (
        <button type="button" onClick={reload}>
          {t('error.reload')}
        </button>
      ) : (
        <button type="button" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
