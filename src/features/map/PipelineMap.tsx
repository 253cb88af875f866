import { useMemo } from 'react';
import { capacityInService, gasForYear } from '../../data/derive';
import { formatBcm } from '../../data/format';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel, selectYear, useLineStatuses } from '../../store/selectors';

/** Placeholder of the pipeline map: line statuses and gas for the year (map: issue 5). */
export function PipelineMap() {
  const year = useExplorer(selectYear);
  const { dataset } = useExplorer(selectModel);
  const statuses = useLineStatuses();
  const gas = useMemo(() => gasForYear(dataset.gas, year), [dataset, year]);
  const capacity = useMemo(
    () => capacityInService(dataset.lines, dataset.milestones, year, ['A', 'B', 'C', 'D']),
    [dataset, year],
  );
  return (
    <figure className="panel" aria-labelledby="map-title">
      <figcaption>
        <h2 id="map-title">Central Asia–China gas pipeline</h2>
      </figcaption>
      <p>
        Gas sent to China in {year}: <strong>{formatBcm(gas?.bcm)}</strong>; capacity in service:{' '}
        {capacity} bcm/yr.
      </p>
      <ul aria-label="Pipeline lines">
        {statuses.map(({ line, status }) => (
          <li key={line.id}>
            {line.name}: {status}
          </li>
        ))}
      </ul>
    </figure>
  );
}
