import { memo } from 'react';
import { formatBcm } from '../../data/format';
import { useExplorer } from '../../store/StoreProvider';
import { selectYear } from '../../store/selectors';
import { SourceRef } from '../../ui/SourceRef';
import {
  destinationColor,
  destinationText,
  noGasText,
  repeatedNote,
  useText,
  type EnergyModel,
} from './energyModel';

/** The selected year as text: the only part of the energy view that reads the year. */
export const EnergyReadout = memo(function EnergyReadout({ model }: { model: EnergyModel }) {
  const year = useExplorer(selectYear);
  const g = model.years.find((y) => y.year === year);
  const use = model.use.find((u) => u.year === year);
  const repeated = repeatedNote(year, model);
  return (
    <div className="energy-readout" data-view-year={year}>
      {g ? (
        <>
          <p className="energy-readout__total">
            <strong>
              {year}: {formatBcm(g.totalBcm)}
            </strong>{' '}
            exported by pipeline
            {g.incomplete ? (
              <span className="energy-readout__incomplete">
                {' '}
                — <strong>incomplete</strong>: this edition leaves out trade within the former
                Soviet Union (Russia, Ukraine and other CIS states are absent, not zero), so no
                shares are given.
              </span>
            ) : (
              '.'
            )}
          </p>
          <ul className="energy-readout__list" aria-label={`Destinations, ${year}`}>
            {g.destinations.map((d) => (
              <li key={d.destination}>
                <span
                  className="energy-swatch"
                  style={{ background: destinationColor(d.destination) }}
                  aria-hidden="true"
                />
                <span className="energy-readout__name">{destinationText(d)}</span>
                {d.share !== null && (
                  <span className="energy-readout__bcm"> {formatBcm(d.bcm)}</span>
                )}
                {d.kind === 'group' && <span className="energy-readout__group"> (a group)</span>}
                {d.published !== d.destination && (
                  <span className="energy-readout__published">
                    {' '}
                    (“{d.published}” in the edition)
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="energy-readout__source">
            Source: <SourceRef id={g.sourceId} />
            {!g.incomplete && ' (shares derived by this app)'}.{repeated && ` ${repeated}`}
          </p>
        </>
      ) : (
        <p className="energy-readout__total">{noGasText(year, model)}</p>
      )}
      <p className="energy-readout__use">{useText(use, year)}.</p>
    </div>
  );
});
