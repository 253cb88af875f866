import '../../data/i18n/later';
import { memo } from 'react';
import { AppLink } from '../../routing/navigation';
import type { LineStatus } from '../../data/derive';
import { formatBcm, noData } from '../../data/format';
import type { LineId, PipelineLine } from '../../data/schema';
import {
  attributeSources,
  lineHref,
  lineShortName,
  statusSlug,
  statusWords,
  type LineRow,
} from './lineInfo';
import { SourceRefs } from './SourceRefs';
import { useLocale, useT } from '../../routing/locale';

export interface LineListProps {
  rows: readonly LineRow[];
  highlighted: readonly LineId[];
  /** The address of an event, keeping the user's choices. */
  eventHref: (eventId: string) => string;
}

/** The text twin of the map: each line's status at the end of the year, capacity and sources. */
export function LineList({ rows, highlighted, eventHref }: LineListProps) {
  const t = useT();
  return (
    <ul className="map-list" aria-label={t('map.lines')}>
      {rows.map((r) => (
        <LineItem
          key={r.line.id}
          line={r.line}
          status={r.status}
          why={r.why.text}
          whySources={r.why.milestone?.sourceIds}
          highlighted={highlighted.includes(r.line.id)}
          href={lineHref({ eventId: r.eventId, sourceId: r.line.sourceId }, eventHref)}
        />
      ))}
    </ul>
  );
}

/**
 * One line of the list. Its props are plain values and dataset records, so a year step
 * re-renders only the lines whose status, explanation or address changed.
 */
const LineItem = memo(function LineItem({
  line,
  status,
  why,
  whySources,
  highlighted,
  href,
}: {
  line: PipelineLine;
  status: LineStatus;
  why: string;
  whySources: readonly string[] | undefined;
  highlighted: boolean;
  href: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <li
      className={`map-list__item map-list__item--${statusSlug(status)}${highlighted ? ' map-list__item--highlighted' : ''}`}
      data-line={line.id}
    >
      <svg className="map-swatch" viewBox="0 0 28 10" aria-hidden="true">
        <g
          className={`map-line map-line--${statusSlug(status)}${line.schematic ? ' map-line--schematic' : ''}`}
        >
          <path className="map-line__stroke" d="M2 5H26" />
        </g>
      </svg>
      <span className="map-list__text">
        {href ? (
          <AppLink className="map-list__name" to={href}>
            {lineShortName(line.id, t)}
          </AppLink>
        ) : (
          <strong className="map-list__name">{lineShortName(line.id, t)}</strong>
        )}
        {locale === 'zh' ? '：' : ': '}
        <strong className="map-list__status">{statusWords(status, t)}</strong>
        {why && ` (${why})`}
        {whySources && <SourceRefs ids={whySources} />}
        {t('map.capacity')}
        {line.capacityBcm === null
          ? noData(locale)
          : t('map.perYear', { bcm: formatBcm(line.capacityBcm, locale) })}
        {line.capacityBcm !== null && <SourceRefs ids={attributeSources(line, 'capacity_bcm')} />}
        {line.schematic && t('map.schematic')}
        {highlighted && <strong className="map-list__badge">{t('map.highlighted')}</strong>}
      </span>
    </li>
  );
});
