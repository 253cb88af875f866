import type { Translate } from '../data/i18n/messages';
import { isChunkError } from './ErrorBoundary';

/** What went wrong with a download, as a sentence a reader understands, in the page's language. */
export function downloadFailure(error: unknown, t: Translate): string {
  const offline =
    isChunkError(error) || (typeof navigator !== 'undefined' && navigator.onLine === false);
  return t(offline ? 'download.offline' : 'download.refused');
}
