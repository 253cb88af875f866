import { useParams } from 'react-router';
import { StoryPanel } from '../features/story/StoryPanel';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ExplorerViews } from './ExplorerPage';

/**
 * `/story` and `/story/:chapter`: the story's chapter beside the explorer's own views, which the
 * chapter puts in its state through the store. Loaded lazily (the route's own chunk).
 */
export default function StoryPage() {
  const { chapter } = useParams();
  return (
    <div className="story-page">
      <ErrorBoundary name="The story">
        <StoryPanel chapterId={chapter}>
          <ExplorerViews />
        </StoryPanel>
      </ErrorBoundary>
    </div>
  );
}
