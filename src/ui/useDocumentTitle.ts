import { useEffect } from 'react';

export const APP_TITLE = 'China–Turkmenistan Relations Explorer';

export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_TITLE}` : APP_TITLE;
  }, [title]);
}
