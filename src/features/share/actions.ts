/**
 * The share dialog's actions, one function each: what the buttons run. They talk to the browser
 * (Clipboard API, Web Share API) and report how it went, never throw.
 */

/** Copies `text` to the clipboard: true when the browser says it did. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

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
