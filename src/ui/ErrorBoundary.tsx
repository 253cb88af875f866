import { Component, type ErrorInfo, type ReactNode } from 'react';
import './ErrorBoundary.css';

interface Props {
  /** What failed, in words: "The trade figure". */
  name: string;
  children: ReactNode;
}

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
    const chunkFailed =
      /dynamically imported module|Loading chunk|Importing a module script failed/i.test(
        this.state.error.message,
      );
    return (
      <div className="view-error" role="alert">
        <p>
          <strong>{this.props.name} could not be shown.</strong>{' '}
          {chunkFailed
            ? 'Part of the app could not be loaded; you may be offline or the app may have been updated.'
            : 'Something went wrong while drawing it; the rest of the page still works.'}
        </p>
        {chunkFailed ? (
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        ) : (
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        )}
      </div>
    );
  }
}
