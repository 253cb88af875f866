import { memo } from 'react';
import { formatBcm } from '../../data/format';
import { useLocale, useT } from '../../routing/locale';
import { useExplorer } from '../../store/StoreProvider';
import { selectYear } from '../../store/selectors';
import { messageNodes } from '../../ui/messageNodes';
import { SourceRef } from '../../ui/SourceRef';
import {
  destinationColor,
  destinationText,
  noGasText,
  repeatedNote,
  pipelineUseText,
  type DestinationName,
  type EnergyModel,
} from './energyModel';

/** The selected year as text: the only part of the energy view that reads the year. */
export const EnergyReadout = memo(function EnergyReadout({
  model,
  name,
}: {
  model: EnergyModel;
  name: DestinationName;
}) {
  const t = useT();
  const locale = useLocale();
  const year = useExplorer(selectYear);
  const g = model.years.find((y) => y.year === year);
  const use = model.use.find((u) => u.year === year);
  const repeated = repeatedNote(year, model, t, locale, name);
  // Chinese ends a sentence with a full-width stop and puts no space after it.
  const stop = locale === 'zh' ? '。' : '.';
  return (
    <div className="energy-readout" data-view-year={year}>
      {g ? (
        <>
          <p className="energy-readout__total">
            <strong>
              {t('energy.readout.total', { year, bcm: formatBcm(g.totalBcm, locale) })}
            </strong>{' '}
            {t('energy.readout.exported')}
            {g.incomplete ? (
              <span className="energy-readout__incomplete">
                {' '}
                — <strong>{t('energy.readout.incomplete')}</strong>
                {t('energy.readout.incompleteText')}
              </span>
            ) : (
              stop
            )}
          </p>
          <ul className="energy-readout__list" aria-label={t('energy.readout.list', { year })}>
            {g.destinations.map((d) => (
              <li key={d.destination}>
                <span
                  className="energy-swatch"
                  style={{ background: destinationColor(d.destination) }}
                  aria-hidden="true"
                />
                <span className="energy-readout__name">{destinationText(d, locale, name)}</span>
                {d.share !== null && (
                  <span className="energy-readout__bcm"> {formatBcm(d.bcm, locale)}</span>
                )}
                {d.kind === 'group' && (
                  <span className="energy-readout__group"> {t('energy.readout.group')}</span>
                )}
                {d.published !== d.destination && (
                  <span className="energy-readout__published">
                    {' '}
                    {messageNodes(t, 'energy.readout.published', {
                      published: <span lang="en">{d.published}</span>,
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="energy-readout__source">
            {messageNodes(
              t,
              g.incomplete ? 'energy.readout.source' : 'energy.readout.sourceDerived',
              { source: <SourceRef id={g.sourceId} /> },
            )}
            {repeated && `${locale === 'zh' ? '' : ' '}${repeated}`}
          </p>
        </>
      ) : (
        <p className="energy-readout__total">{noGasText(year, model, t)}</p>
      )}
      <p className="energy-readout__use">
        {pipelineUseText(use, year, t, locale)}
        {stop}
      </p>
    </div>
  );
});
