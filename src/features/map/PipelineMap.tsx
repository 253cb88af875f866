import { useCallback, useMemo, useState } from 'react';
import { capacityInService, gasForYear } from '../../data/derive';
import { formatBcm } from '../../data/format';
import type { LineId } from '../../data/schema';
import { useExplorer } from '../../store/StoreProvider';
import {
  selectModel,
  selectYear,
  useHighlightedLines,
  useLineStatuses,
} from '../../store/selectors';
import { SourceRef } from '../../ui/SourceRef';
import { attributeSources, MAIN_LINES, relevantEventId } from './lineInfo';
import { LineDetails } from './LineDetails';
import { LineList } from './LineList';
import { MapCanvas, type MapLineState } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { SourceRefs } from './SourceRefs';
import { useEventHref, useGo } from '../../routing/navigation';
import './map.css';

/** The pipeline map: Lines A–D and the onward West–East pipelines, by status in the year. */
export function PipelineMap() {
  const year = useExplorer(selectYear);
  const model = useExplorer(selectModel);
  const { dataset, sourcesById, events } = model;
  const statuses = useLineStatuses();
  const highlighted = useHighlightedLines();
  const go = useGo();
  const eventHref = useEventHref();
  const [activeId, setActiveId] = useState<LineId | null>(null);

  const gas = useMemo(() => gasForYear(dataset.gas, year), [dataset, year]);
  const capacity = useMemo(
    () => capacityInService(dataset.lines, dataset.milestones, year, MAIN_LINES),
    [dataset, year],
  );
  const capacitySources = useMemo(() => {
    const inService = statuses.filter(
      (s) => MAIN_LINES.includes(s.line.id) && s.status === 'in service',
    );
    const ids = inService.flatMap((s) => attributeSources(s.line, 'capacity_bcm'));
    return ids.length ? [...new Set(ids), 'APP_DERIVED'] : [];
  }, [statuses]);

  /** Where each line leads: its most relevant event (or its source), keeping the query. */
  const hrefs = useMemo(
    () =>
      new Map<LineId, string>(
        statuses.map((s) => {
          const eventId = relevantEventId(s.line.id, s, dataset.milestones, events, year);
          return [s.line.id, eventId ? eventHref(eventId) : `/sources#${s.line.sourceId}`];
        }),
      ),
    [statuses, dataset, events, year, eventHref],
  );
  // What the map draws per line, as a string: equal from one year to the next unless a line's
  // status or address changed, so the map itself re-renders only then.
  const stateKey = JSON.stringify(
    statuses.map((s): [LineId, MapLineState] => [
      s.line.id,
      {
        status: s.status,
        highlighted: highlighted.includes(s.line.id),
        href: hrefs.get(s.line.id) ?? '/',
      },
    ]),
  );
  const state = useMemo(
    () => new Map<LineId, MapLineState>(JSON.parse(stateKey) as [LineId, MapLineState][]),
    [stateKey],
  );
  const onActivate = useCallback((href: string) => go(href), [go]);
  const active = statuses.find((s) => s.line.id === activeId);
  const gem = sourcesById.get('GEM_GGIT_2024_10');
  const naturalEarth = sourcesById.get('NATURAL_EARTH');

  return (
    <figure className="panel pipeline-map" aria-labelledby="map-title">
      <figcaption>
        <h2 id="map-title">Central Asia–China gas pipeline</h2>
        <p className="pipeline-map__intro">
          Lines A, B and C run side by side from Turkmenistan to Khorgos; Line D is planned through
          Tajikistan and Kyrgyzstan. In China the West–East pipelines carry the gas on east; the
          arrow at the right edge points towards Beijing.
        </p>
      </figcaption>
      <dl className="readout map-readout" data-view-year={year}>
        <div>
          <dt>Gas sent to China, {year}</dt>
          <dd>
            {formatBcm(gas?.bcm)}
            {gas && <SourceRefs ids={[gas.sourceId]} sourcesById={sourcesById} />}
          </dd>
        </div>
        <div>
          <dt>Capacity in service, Lines A–D, end of {year}</dt>
          <dd>
            {capacity > 0 ? `${formatBcm(capacity)}/yr` : 'none in service'}
            <SourceRefs ids={capacitySources} sourcesById={sourcesById} />
          </dd>
        </div>
      </dl>
      <MapCanvas
        lines={dataset.lines}
        places={dataset.places}
        state={state}
        activeId={activeId}
        onShow={setActiveId}
        onActivate={onActivate}
      />
      <p className="map-credits">
        Routes:{' '}
        <a href={gem?.url ?? undefined} target="_blank" rel="noopener noreferrer">
          Global Energy Monitor, Global Gas Infrastructure Tracker (CC BY 4.0)
        </a>{' '}
        <SourceRef id="GEM_GGIT_2024_10" source={gem} />. Country outlines:{' '}
        <a href={naturalEarth?.url ?? undefined} target="_blank" rel="noopener noreferrer">
          Natural Earth
        </a>{' '}
        <SourceRef id="NATURAL_EARTH" source={naturalEarth} />.
      </p>
      <MapLegend />
      <LineDetails
        line={active?.line}
        result={active}
        year={year}
        milestones={dataset.milestones}
        sourcesById={sourcesById}
        eventHref={eventHref}
      />
      <h3 className="map-list__title">Pipeline lines at the end of {year}</h3>
      <LineList
        statuses={statuses}
        highlighted={highlighted}
        hrefs={hrefs}
        year={year}
        milestones={dataset.milestones}
        sourcesById={sourcesById}
      />
    </figure>
  );
}
