import type { Locale } from '../locale';
import { buildModel, type Model } from '../model';
import { loadContent, localizeDataset, type ContentResult } from './content';

/**
 * The model in another language: the same records, ids, years and figures, with the
 * translation's texts. Built once per locale from the English model.
 */
export function localizeModel(
  english: Model,
  locale: Exclude<Locale, 'en'>,
  result: ContentResult,
): Model {
  const content = result.ok ? result.content : { locale };
  const { dataset, untranslated } = localizeDataset(english.dataset, content);
  const built = buildModel(dataset);
  return {
    ...built,
    // The English order of events, so "Previous" and "Next" are the same in every language.
    events: english.events.map((e) => built.eventsById.get(e.id)!),
    localization: {
      locale,
      english,
      content,
      untranslated,
      errors: result.ok ? [] : result.errors,
    },
  };
}

/** A locale's translated model, from its translation file (loaded and validated). */
export async function loadLocalizedModel(
  english: Model,
  locale: Exclude<Locale, 'en'>,
): Promise<Model> {
  return localizeModel(english, locale, await loadContent(locale));
}
