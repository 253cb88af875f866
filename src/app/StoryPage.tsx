import '../data/i18n/later';
import { useParams } from 'react-router';
import rawStory from '../data/raw/story.json';
import { findChapter, parseStory } from '../data/story';
import { StoryPanel } from '../features/story/StoryPanel';
import { applyChapterState } from '../features/story/useChapterState';
import { useT } from '../routing/locale';
import type { ExplorerStoreApi } from '../store/explorerStore';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ExplorerViews } from './ExplorerPage';

/**
 * `/story` and `/story/:chapter`: the story's chapter beside the explorer's own views, which the
 * chapter puts in its state through the store. Loaded lazily (the route's own chunk).
 */
export default function StoryPage() {
  const { chapter } = useParams();
  const t = useT();
  return (
    <div className="story-page">
      <ErrorBoundary name={t('story.errorName')}>
        <StoryPanel chapterId={chapter}>
          <ExplorerViews />
        </StoryPanel>
      </ErrorBoundary>
    </div>
  );
}

/** Before the first render of `/story` or `/story/:chapter`: the chapter's state in the store. */
export function prepareChapter(api: ExplorerStoreApi, chapterId: string | undefined): void {
  const { model } = api.getState();
  const result = parseStory(rawStory, model.dataset, model);
  const found = result.ok ? findChapter(result.story, chapterId) : null;
  if (found) applyChapterState(api, found.chapter);
}
