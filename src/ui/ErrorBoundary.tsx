import { Component, type ErrorInfo, type ReactNode } from 'react';
import './ErrorBoundary.css';

interface Props {
  /** What failed, in words: "The trade figure". */
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
  /** The sentence that says what happened and what still works. */
  explanation: string;
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
    const chunkFailed = isChunkError(this.state.error);
    const failure: Failure = {
      name: this.props.name,
      chunkFailed,
      explanation: chunkFailed
        ? 'Part of the app could not be loaded; you may be offline or the app may have been updated.'
        : 'Something went wrong while drawing it; the rest of the page still works.',
      retry: () => this.setState({ error: null }),
    };
    if (this.props.fallback) return this.props.fallback(failure);
    return (
      <div className="view-error" role="alert">
        <p>
          <strong>{this.props.name} could not be shown.</strong> {failure.explanation}
        </p>
        {chunkFailed ? (
          <button type="button" onClick={reload}>
            Reload the page
          </button>
        ) : (
          <button type="button" onClick={failure.retry}>
            Try again
          </button>
        )}
      </div>
    );
  }
}
