import { AppLink } from '../../routing/navigation';
import { formatPartialDate } from '../../data/dates';
import type { LineStatusResult } from '../../data/derive';
import { formatBcm } from '../../data/format';
import type { Milestone, PipelineLine, Source } from '../../data/schema';
import {
  attributeSources,
  formatKm,
  lineMilestones,
  lineShortName,
  milestoneWords,
  statusExplanation,
} from './lineInfo';
import { SourceRefs } from './SourceRefs';

export interface LineDetailsProps {
  line: PipelineLine | undefined;
  result: LineStatusResult | undefined;
  year: number;
  milestones: readonly Milestone[];
  sourcesById: ReadonlyMap<string, Source>;
  /** The address of an event, keeping the user's choices. */
  eventHref: (eventId: string) => string;
}

/** What the map says about the line under the pointer or the keyboard focus, with sources. */
export function LineDetails({
  line,
  result,
  year,
  milestones,
  sourcesById,
  eventHref,
}: LineDetailsProps) {
  return (
    <section className="map-details" aria-label="Line details" aria-live="polite">
      {!line || !result ? (
        <p className="map-details__hint">
          Point at or focus a line on the map to see its details here; activate it to open its
          event. The list below gives every line too.
        </p>
      ) : (
        <LineFacts
          line={line}
          result={result}
          year={year}
          milestones={milestones}
          sourcesById={sourcesById}
          eventHref={eventHref}
        />
      )}
    </section>
  );
}

function LineFacts({
  line,
  result,
  year,
  milestones,
  sourcesById,
  eventHref,
}: LineDetailsProps & { line: PipelineLine; result: LineStatusResult }) {
  const why = statusExplanation(result, milestones, line.id, year);
  const dates = lineMilestones(milestones, line.id);
  return (
    <>
      <h3 className="map-details__title">
        {lineShortName(line.id)} <span className="map-details__full">{line.name}</span>
      </h3>
      <dl className="map-details__facts">
        <div>
          <dt>Status, end of {year}</dt>
          <dd>
            <strong>{result.status}</strong>
            {why.text && ` — ${why.text}`}
            {why.milestone && (
              <SourceRefs ids={why.milestone.sourceIds} sourcesById={sourcesById} />
            )}
          </dd>
        </div>
        <div>
          <dt>Capacity</dt>
          <dd>
            {line.capacityBcm === null ? 'no data' : `${formatBcm(line.capacityBcm)}/yr`}
            {line.capacityBcm !== null && (
              <SourceRefs ids={attributeSources(line, 'capacity_bcm')} sourcesById={sourcesById} />
            )}
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            {formatKm(line.lengthKm)}
            {line.lengthKm !== null && (
              <SourceRefs ids={attributeSources(line, 'length_km')} sourcesById={sourcesById} />
            )}
          </dd>
        </div>
        <div>
          <dt>Countries</dt>
          <dd>{line.countries.join(', ')}</dd>
        </div>
        <div>
          <dt>Route</dt>
          <dd>
            {line.schematic && <strong>Schematic (drawn dash-dot): </strong>}
            {line.routePrecision}
            <SourceRefs ids={attributeSources(line, 'geometry')} sourcesById={sourcesById} />
          </dd>
        </div>
        {line.note && (
          <div>
            <dt>Note</dt>
            <dd>{line.note}</dd>
          </div>
        )}
      </dl>
      <h4 className="map-details__subtitle">Dates</h4>
      {dates.length ? (
        <ul className="map-details__dates">
          {dates.map((m) => (
            <li key={`${m.kind}-${m.date}`}>
              <time dateTime={m.date}>{formatPartialDate(m.date)}</time>: {milestoneWords(m.kind)}
              <SourceRefs ids={m.sourceIds} sourcesById={sourcesById} />
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
