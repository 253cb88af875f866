import '../data/i18n/later';
import type { ReactNode } from 'react';
import { useT } from '../routing/locale';
import { useExplorer } from '../store/StoreProvider';
import './EnglishOnly.css';

/**
 * A text of the dataset as the current language shows it: when its translation is missing
 * (`key`, as `localizeDataset` lists it: `events.<id>.title`), the English, marked as English
 * and labelled "English only" in the reader's language.
 */
export function Translated({ textKey, children }: { textKey: string; children: ReactNode }) {
  const t = useT();
  const missing = useExplorer((s) => s.model.localization?.untranslated.has(textKey) ?? false);
  if (!missing) return <>{children}</>;
  return (
    <>
      <span lang="en">{children}</span> <span className="english-only">({t('englishOnly')})</span>
    </>
  );
}

/** A text that exists only in English (a computed note): as it is in English, labelled
 * "English only" in any other language. */
export function EnglishText({ text, english }: { text: string; english: boolean }) {
  const t = useT();
  if (!english) return <>{text}</>;
  return (
    <>
      <span lang="en">{text}</span> <span className="english-only">({t('englishOnly')})</span>
    </>
  );
}
