import { useEffect, useLayoutEffect, useReducer } from 'react';
import { LANGUAGE_TAGS, type Locale } from '../data/locale';
import { LocaleProvider } from '../routing/locale';
import { useExplorer, useExplorerStoreApi } from '../store/StoreProvider';
import type { ReactNode } from 'react';
import { Shell } from './Shell';

/**
 * The root of one locale's routes (`/…`, `/ru/…`, `/zh/…`): it waits for that locale's catalog
 * and translated content, puts the translated model in the store (same ids, years and figures,
 * so the address keeps its meaning), sets `<html lang>` and provides the locale to every view.
 * Its routes are drawn in the shell (header, navigation, footer); `children` instead (an embed
 * page, with no shell) are drawn alone.
 */
export function LocaleRoot({ locale, children }: { locale: Locale; children?: ReactNode }) {
  const api = useExplorerStoreApi();
  const prepared = api.getState().prepareLocale(locale);
  // A load that failed (offline, say) reaches the error boundary, which offers a reload.
  if (prepared.status === 'rejected') throw new Error(`The ${locale} texts could not be loaded.`);
  // Loaded already (English always is): shown at once; otherwise drawn when it arrives.
  const model = prepared.status === 'fulfilled' ? prepared.value : undefined;
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!model) void prepared.then(arrived, arrived);
  }, [prepared, model]);
  // The views below render once the store holds this locale's model (set before paint).
  const ready = useExplorer((s) => s.model) === model;
  useLayoutEffect(() => {
    if (model) api.getState().setModel(model);
  }, [api, model]);
  useLayoutEffect(() => {
    // Only when it changes: the baked page has it already, and writing `lang` (even the same
    // value) makes the browser recheck the style of every element of the page.
    const root = document.documentElement;
    if (root.lang !== LANGUAGE_TAGS[locale]) root.lang = LANGUAGE_TAGS[locale];
  }, [locale]);
  return (
    <LocaleProvider locale={locale}>
      {ready ? (children ?? <Shell />) : <div className="route-loading" aria-busy="true" />}
    </LocaleProvider>
  );
}
