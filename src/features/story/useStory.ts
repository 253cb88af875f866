import { useMemo } from 'react';
import rawStory from '../../data/raw/story.json';
import { parseStory, type StoryResult } from '../../data/story';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel } from '../../store/selectors';

/** The story, validated against the dataset once per model. */
export function useStory(): StoryResult {
  const model = useExplorer(selectModel);
  return useMemo(() => parseStory(rawStory, model.dataset, model), [model]);
}
