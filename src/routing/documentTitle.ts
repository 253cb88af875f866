export const APP_TITLE = 'China–Turkmenistan Relations Explorer';

/** The document title for a view's `title` (or the app's name alone), under the app's name in
 * the page's language (English unless given). */
export function documentTitle(title?: string | null, app: string = APP_TITLE): string {
  return title ? `${title} · ${app}` : app;
}
