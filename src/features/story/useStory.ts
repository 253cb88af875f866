import '../../data/i18n/later';
import { useMemo } from 'react';
import rawStory from '../../data/raw/story.json';
import { storyInLanguage, type StoryResult } from '../../data/story';
import { useLocale, useT } from '../../routing/locale';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel } from '../../store/selectors';
import { verdictLabel } from '../../ui/claimLabels';

/** The story in the page's language, validated against the dataset once per model. */
export function useStory(): StoryResult {
  const model = useExplorer(selectModel);
  const locale = useLocale();
  const t = useT();
  return useMemo(
    () => storyInLanguage(rawStory, model, { locale, verdict: (v) => verdictLabel(t, v) }),
    [model, locale, t],
  );
}
