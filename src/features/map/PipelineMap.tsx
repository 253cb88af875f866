import '../../data/i18n/later';
import { useCallback, useState } from 'react';
import { formatBcm } from '../../data/format';
import type { LineId } from '../../data/schema';
import { useExplorer } from '../../store/StoreProvider';
import { selectYear, useHighlightedLines } from '../../store/selectors';
import { SourceRef, useSource } from '../../ui/SourceRef';
import '../../ui/readout.css';
import { LineDetails } from './LineDetails';
import { LineList } from './LineList';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { selectPipelineMap } from './selectors';
import { ErrorList } from '../../ui/ErrorList';
import { Fact } from '../../ui/FactList';
import { SourceRefs } from './SourceRefs';
import { useEventHref, useGo } from '../../routing/navigation';
import './map.css';
import { useLocale, useT } from '../../routing/locale';

/** The pipeline map: Lines A–D and the onward West–East pipelines, by status in the year. */
export function PipelineMap() {
  const year = useExplorer(selectYear);
  const model = useExplorer((s) => s.model);
  const { rows, state, gas, capacity, credits, projected, marks, routeErrors } =
    useExplorer(selectPipelineMap);
  const highlighted = useHighlightedLines();
  const go = useGo();
  const eventHref = useEventHref();
  const [activeId, setActiveId] = useState<LineId | null>(null);

  const onActivate = useCallback((href: string) => go(href), [go]);
  const active = rows.find((r) => r.line.id === activeId);
  const t = useT();
  const locale = useLocale();

  return (
    <figure className="panel pipeline-map" aria-labelledby="map-title">
      <figcaption>
        <h2 id="map-title">{t('map.title')}</h2>
        <p className="pipeline-map__intro">{t('map.intro')}</p>
      </figcaption>
      <dl className="readout map-readout" data-view-year={year}>
        <Fact term={t('map.gasYear', { year })}>
          {formatBcm(gas?.bcm, locale)}
          {gas && <SourceRefs ids={[gas.sourceId]} />}
        </Fact>
        <Fact term={t('map.capacityYear', { year })}>
          {capacity.bcm > 0
            ? t('map.perYear', { bcm: formatBcm(capacity.bcm, locale) })
            : t('map.noneInService')}
          <SourceRefs ids={capacity.sourceIds} />
        </Fact>
      </dl>
      {routeErrors.length > 0 && (
        <div role="alert">
          <p>{t('map.routesInvalid')}</p>
          <ErrorList errors={routeErrors} />
        </div>
      )}
      <MapCanvas
        lines={model.dataset.lines}
        projected={projected}
        marks={marks}
        state={state}
        eventHref={eventHref}
        activeId={activeId}
        onShow={setActiveId}
        onActivate={onActivate}
      />
      <p className="map-credits">
        {t('map.routes')} <Credits ids={credits.routes} />. {t('map.outlines')}{' '}
        <Credits ids={credits.basemap} name="Natural Earth" />.
      </p>
      <MapLegend />
      <LineDetails row={active} year={year} eventHref={eventHref} />
      <h3 className="map-list__title">{t('map.listTitle', { year })}</h3>
      <LineList rows={rows} highlighted={highlighted} eventHref={eventHref} />
    </figure>
  );
}

/** Credit links to sources (their credit line, or `name`), each with its source reference. */
function Credits({ ids, name }: { ids: readonly string[]; name?: string }) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 && '; '}
      <Credit id={id} name={name} />
    </span>
  ));
}

function Credit({ id, name }: { id: string; name: string | undefined }) {
  const source = useSource(id);
  return (
    <>
      <a href={source?.url ?? undefined} target="_blank" rel="noopener noreferrer">
        {name ?? source?.credit ?? id}
      </a>{' '}
      <SourceRef id={id} />
    </>
  );
}
