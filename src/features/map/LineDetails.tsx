import '../../data/i18n/later';
import { AppLink } from '../../routing/navigation';
import { formatPartialDate } from '../../data/dates';
import { formatBcm } from '../../data/format';
import { Fact, FactList } from '../../ui/FactList';
import { useExplorer } from '../../store/StoreProvider';
import {
  attributeSources,
  formatKm,
  lineShortName,
  milestoneWords,
  type LineRow,
} from './lineInfo';
import { SourceRefs } from './SourceRefs';
import { useT } from '../../routing/locale';
import { Translated } from '../../ui/EnglishOnly';

export interface LineDetailsProps {
  /** The line under the pointer or the focus, with its status in the year. */
  row: LineRow | undefined;
  year: number;
  /** The address of an event, keeping the user's choices. */
  eventHref: (eventId: string) => string;
}

const NO_MILESTONES: readonly never[] = [];

/** What the map says about the line under the pointer or the keyboard focus, with sources. */
export function LineDetails({ row, year, eventHref }: LineDetailsProps) {
  const t = useT();
  return (
    <section className="map-details" aria-label={t('map.detailsLabel')} aria-live="polite">
      {!row ? (
        <p className="map-details__hint">{t('map.detailsHint')}</p>
      ) : (
        <LineFacts row={row} year={year} eventHref={eventHref} />
      )}
    </section>
  );
}

function LineFacts({ row, year, eventHref }: LineDetailsProps & { row: LineRow }) {
  const { line, why } = row;
  const dates = useExplorer((s) => s.model.milestonesByLine.get(line.id) ?? NO_MILESTONES);
  return (
    <>
      <h3 className="map-details__title">
        {lineShortName(line.id)} <span className="map-details__full">{line.name}</span>
      </h3>
      <FactList className="map-details__facts fact-list--stacked-narrow">
        <Fact term={<>Status, end of {year}</>}>
          <strong>{row.status}</strong>
          {why.text && ` — ${why.text}`}
          {why.milestone && <SourceRefs ids={why.milestone.sourceIds} />}
        </Fact>
        <Fact term="Capacity">
          {line.capacityBcm === null ? 'no data' : `${formatBcm(line.capacityBcm)}/yr`}
          {line.capacityBcm !== null && <SourceRefs ids={attributeSources(line, 'capacity_bcm')} />}
        </Fact>
        <Fact term="Length">
          {formatKm(line.lengthKm)}
          {line.lengthKm !== null && <SourceRefs ids={attributeSources(line, 'length_km')} />}
        </Fact>
        <Fact term="Countries">{line.countries.join(', ')}</Fact>
        <Fact term="Route">
          {line.schematic && <strong>Schematic (drawn dash-dot): </strong>}
          <Translated textKey={`lines.${line.id}.routePrecision`}>{line.routePrecision}</Translated>
          <SourceRefs ids={attributeSources(line, 'geometry')} />
        </Fact>
        {line.note && (
          <Fact term="Note">
            <Translated textKey={`lines.${line.id}.note`}>{line.note}</Translated>
          </Fact>
        )}
      </FactList>
      <h4 className="map-details__subtitle">Dates</h4>
      {dates.length ? (
        <ul className="map-details__dates">
          {dates.map((m) => (
            <li key={`${m.kind}-${m.date}`}>
              <time dateTime={m.date}>{formatPartialDate(m.date)}</time>: {milestoneWords(m.kind)}
              <SourceRefs ids={m.sourceIds} />
              {m.eventId && (
                <>
                  {' · '}
                  <AppLink to={eventHref(m.eventId)}>
                    event
                    <span className="visually-hidden">
                      : {milestoneWords(m.kind)}, {formatPartialDate(m.date)}
                    </span>
                  </AppLink>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>The sources give no dated milestones for this line.</p>
      )}
    </>
  );
}
