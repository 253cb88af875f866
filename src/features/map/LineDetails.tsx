import '../../data/i18n/later';
import { AppLink } from '../../routing/navigation';
import { formatPartialDate } from '../../data/dates';
import { formatBcm, formatKm, noData } from '../../data/format';
import { Fact, FactList } from '../../ui/FactList';
import { useExplorer } from '../../store/StoreProvider';
import {
  attributeSources,
  lineShortName,
  milestoneWords,
  statusWords,
  type LineRow,
} from './lineInfo';
import { SourceRefs } from './SourceRefs';
import { useLocale, useT } from '../../routing/locale';
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
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h3 className="map-details__title">
        {lineShortName(line.id, t)} <span className="map-details__full">{line.name}</span>
      </h3>
      <FactList className="map-details__facts fact-list--stacked-narrow">
        <Fact term={t('mapDetails.status', { year })}>
          <strong>{statusWords(row.status, t)}</strong>
          {why.text && ` — ${why.text}`}
          {why.milestone && <SourceRefs ids={why.milestone.sourceIds} />}
        </Fact>
        <Fact term={t('mapDetails.capacity')}>
          {line.capacityBcm === null
            ? noData(locale)
            : t('map.perYear', { bcm: formatBcm(line.capacityBcm, locale) })}
          {line.capacityBcm !== null && <SourceRefs ids={attributeSources(line, 'capacity_bcm')} />}
        </Fact>
        <Fact term={t('mapDetails.length')}>
          {formatKm(line.lengthKm, locale)}
          {line.lengthKm !== null && <SourceRefs ids={attributeSources(line, 'length_km')} />}
        </Fact>
        <Fact term={t('mapDetails.countries')}>
          {line.countries.join(locale === 'zh' ? '、' : ', ')}
        </Fact>
        <Fact term={t('mapDetails.route')}>
          {line.schematic && <strong>{t('mapDetails.schematic')}</strong>}
          <Translated textKey={`lines.${line.id}.routePrecision`}>{line.routePrecision}</Translated>
          <SourceRefs ids={attributeSources(line, 'geometry')} />
        </Fact>
        {line.note && (
          <Fact term={t('mapDetails.note')}>
            <Translated textKey={`lines.${line.id}.note`}>{line.note}</Translated>
          </Fact>
        )}
      </FactList>
      <h4 className="map-details__subtitle">{t('mapDetails.dates')}</h4>
      {dates.length ? (
        <ul className="map-details__dates">
          {dates.map((m) => (
            <li key={`${m.kind}-${m.date}`}>
              <time dateTime={m.date}>{formatPartialDate(m.date, locale)}</time>:{' '}
              {milestoneWords(m.kind, t)}
              <SourceRefs ids={m.sourceIds} />
              {m.eventId && (
                <>
                  {' · '}
                  <AppLink to={eventHref(m.eventId)}>
                    {t('mapDetails.event')}
                    <span className="visually-hidden">
                      : {milestoneWords(m.kind, t)}, {formatPartialDate(m.date, locale)}
                    </span>
                  </AppLink>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('mapDetails.noMilestones')}</p>
      )}
    </>
  );
}
