/**
 * The share dialog's native share actions: they talk to the browser (Web Share API) and report
 * how it went, never throw. Copying is `ui/clipboard`'s `copyText`.
 */

/** Whether the browser has a native share sheet (the Web Share API), e.g. on phones. */
export const canShareNatively = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/**
 * Opens the native share sheet. `shared` when the reader shared, `cancelled` when they closed
 * the sheet (nothing to say), `failed` when the browser refused.
 */
export async function shareNatively(data: {
  title: string;
  url: string;
}): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
