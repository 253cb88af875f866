import { isChunkError } from './ErrorBoundary';

/** What went wrong with a download, as a sentence a reader understands. */
export function downloadFailure(error: unknown): string {
  if (isChunkError(error) || (typeof navigator !== 'undefined' && navigator.onLine === false)) {
    return 'You appear to be offline, or the app has been updated: the code that makes the file could not be loaded. Reconnect or reload the page, then try again.';
  }
  if (error instanceof DrawingPending) return `The download could not start: ${error.message}`;
  return 'The download could not start: your browser refused to create the file. Try again, or use another format.';
}

/** The chart is not on the page (yet) to be saved as an image. */
export class DrawingPending extends Error {}
