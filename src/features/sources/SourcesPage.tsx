import '../../data/i18n/later';
import { useMemo } from 'react';
import { useFragmentTarget } from '../../routing/fragment';
import { useEnergyData, useModel } from '../../store/selectors';
import { Fact, FactList } from '../../ui/FactList';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './sources.css';

import { DataSection } from './DataSection';
import './data.css';
import { useLocale, useT } from '../../routing/locale';
import { EnglishText } from '../../ui/EnglishOnly';
import { parseCellRead } from './cellReads';
import type { Locale } from '../../data/locale';
import type { Model } from '../../data/model';
import type { Source } from '../../data/schema';

/** A source of the energy data with the translation's title, detail and note, where there are. */
function localizedSource(model: Model, source: Source): Source {
  const own = model.localization?.content.sources?.[source.id];
  return own ? { ...source, ...own } : source;
}

/** Every source behind every number, with its credit line, licence and confidence. */
export function SourcesPage() {
  const t = useT();
  const locale = useLocale();
  useDocumentTitle(t('sources.title'));
  const model = useModel();
  const { dataset } = model;
  // The energy data's sources (gas by destination, composition, post-2020 facts) arrive with it.
  const energy = useEnergyData();
  const energyData = energy.status === 'ready' ? energy.data.dataset : null;
  const sources = useMemo(
    () =>
      energyData
        ? [...dataset.sources, ...energyData.sources.map((s) => localizedSource(model, s))]
        : dataset.sources,
    [model, dataset, energyData],
  );
  const cellReads = energyData?.cellReads;

  useFragmentTarget(sources);

  return (
    <div className="page">
      <h1>{t('sources.title')}</h1>
      <p>{t('sources.intro')}</p>
      {locale !== 'en' && <p>{t('sources.translations')}</p>}
      <DataSection dataset={dataset} />
      <ul className="sources" aria-label={t('sources.list')}>
        {sources.map((s) => (
          <li key={s.id} id={s.id} tabIndex={-1} className="source">
            <h2 className="source__title">
              <span className="source__id">{s.id}</span> {s.title}
            </h2>
            <FactList className="source__facts">
              {/* Publishers and credit lines stay as their owners wrote them (English) in every
                  language. */}
              <Fact term={t('sources.publisher')} lang="en">
                {s.publisher}
              </Fact>
              {s.credit && (
                <Fact term={t('sources.credit')} lang="en">
                  {s.credit}
                </Fact>
              )}
              <Fact term={t('sources.confidence')}>{t(`confidence.${s.confidence}`)}</Fact>
              {s.detail && <Fact term={t('sources.where')}>{s.detail}</Fact>}
              {cellReads?.[s.id] && <CellReadFact text={cellReads[s.id]!} locale={locale} />}
              {s.note && <Fact term={t('sources.note')}>{s.note}</Fact>}
              {s.url && (
                <Fact term={t('sources.address')}>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.url}
                  </a>
                </Fact>
              )}
            </FactList>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Which spreadsheet cells the gas by destination was read from: the project's sentence in the
 * page's language, the cells (the source's own references and row labels, quoted) in English as
 * the source writes them. A read not in the usual form is shown as it is, marked English only.
 */
function CellReadFact({ text, locale }: { text: string; locale: Locale }) {
  const t = useT();
  const term = t('sources.gasByDestination');
  if (locale === 'en')
    return (
      <Fact term={term} lang="en">
        {text}
      </Fact>
    );
  const read = parseCellRead(text);
  return (
    <Fact term={term}>
      {read ? (
        <>
          {t('cellReads.frame', read)}
          {/* Chinese needs no space after its full-width colon. */}
          {locale === 'zh' ? '' : ' '}
          <span lang="en">{read.cells}</span>
        </>
      ) : (
        <EnglishText text={text} english />
      )}
    </Fact>
  );
}
