export const APP_TITLE = 'China–Turkmenistan Relations Explorer';

/** The document title for a view's `title` (or the app's name alone). */
export function documentTitle(title?: string | null): string {
  return title ? `${title} · ${APP_TITLE}` : APP_TITLE;
}
