import { useEffect } from 'react';
import type { Chapter } from '../../data/story';
import { NO_HIGHLIGHT } from '../../store/explorerStore';
import type { ExplorerStoreApi } from '../../store/explorerStore';
import { useExplorerStoreApi } from '../../store/StoreProvider';

/** Puts the store in `chapter`'s state (also before a prerendered chapter first renders). */
export function applyChapterState(api: ExplorerStoreApi, chapter: Chapter): void {
  const state = api.getState();
  if (chapter.eventId) state.selectEvent(chapter.eventId);
  else {
    state.selectEvent(null);
    state.setYear(chapter.year);
  }
  state.setHighlight({ lines: chapter.lines, series: chapter.series, claims: chapter.claims });
}

/**
 * Puts the linked views in a chapter's state: its year, its event (opening an event selects its
 * year), and what the map and the trade figure emphasise. Leaving the chapter (for another one or
 * for the explorer) clears the emphasis and the event, so the explorer is not left marked.
 */
export function useChapterState(chapter: Chapter | null): void {
  const api = useExplorerStoreApi();
  useEffect(() => {
    if (!chapter) return;
    api.getState().pause();
    applyChapterState(api, chapter);
    return () => {
      const current = api.getState();
      current.setHighlight(NO_HIGHLIGHT);
      current.selectEvent(null);
    };
  }, [api, chapter]);
}
