import { use, useLayoutEffect } from 'react';
import { LANGUAGE_TAGS, type Locale } from '../data/locale';
import type { Model } from '../data/model';
import { LocaleProvider } from '../routing/locale';
import { useExplorer, useExplorerStoreApi } from '../store/StoreProvider';
import { prepareLocale } from './localeModels';
import { Shell } from './Shell';

/**
 * The root of one locale's routes (`/…`, `/ru/…`, `/zh/…`): it waits for that locale's catalog
 * and translated content, puts the translated model in the store (same ids, years and figures,
 * so the address keeps its meaning), sets `<html lang>` and provides the locale to every view.
 */
export function LocaleRoot({ locale }: { locale: Locale }) {
  const api = useExplorerStoreApi();
  const prepared = prepareLocale(api.getState().model, locale);
  // Loaded already (English always is): read at once; otherwise wait for it (Suspense).
  const model =
    prepared.status === 'fulfilled' && prepared.value
      ? prepared.value
      : use(prepared as Promise<Model>);
  // The views below render once the store holds this locale's model (set before paint).
  const ready = useExplorer((s) => s.model) === model;
  useLayoutEffect(() => {
    api.getState().setModel(model);
  }, [api, model]);
  useLayoutEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[locale];
  }, [locale]);
  return <LocaleProvider locale={locale}>{ready ? <Shell /> : null}</LocaleProvider>;
}
