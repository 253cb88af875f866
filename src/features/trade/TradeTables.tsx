import '../../data/i18n/later';
import { Fragment, memo } from 'react';
import { formatPercent, formatUsd } from '../../data/format';
import { useLocale, useT } from '../../routing/locale';
import { SourceRef } from '../../ui/SourceRef';
import { TableScroll } from '../../ui/TableScroll';
import { formatGap, type BothRow, type TableRow } from './tradeModel';

/** The figure's tables, loaded when the reader asks for one ("Table"). */

/** The chart's numbers as a table, named with "trade" (tests and readers find it by that name). */
export const TradeTable = memo(function TradeTable({
  id,
  caption,
  rows,
}: {
  id: string;
  caption: string;
  rows: TableRow[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <TableScroll id={id} captionId={`${id}-caption`}>
      <table className="trade-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            <th scope="col">{t('trade.series.exports')}</th>
            <th scope="col">{t('trade.series.imports')}</th>
            <th scope="col">{t('trade.table.balance')}</th>
            <th scope="col">{t('trade.table.share')}</th>
            <th scope="col">{t('table.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td>{formatUsd(r.exports, locale)}</td>
              <td>{formatUsd(r.imports, locale)}</td>
              <td>{formatUsd(r.balance, locale)}</td>
              <td>{formatPercent(r.share, 0, locale)}</td>
              <td>{r.sourceId ? <SourceRef id={r.sourceId} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
});

/** The "Both" table: each flow from both reporters and the gap (mirror − China). */
export const BothTable = memo(function BothTable({
  id,
  caption,
  rows,
}: {
  id: string;
  caption: string;
  rows: BothRow[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <TableScroll id={id} captionId={`${id}-caption`}>
      <table className="trade-table trade-table--both">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('table.year')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('trade.series.exports')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('trade.series.imports')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('table.sources')}
            </th>
          </tr>
          <tr>
            {(['exports', 'imports'] as const).map((flow) => (
              <Fragment key={flow}>
                <th scope="col">{t('trade.both.china')}</th>
                <th scope="col">{t('trade.both.mirror')}</th>
                <th scope="col">{t('trade.both.gap')}</th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td>{formatUsd(r.chinaExports, locale)}</td>
              <td>{formatUsd(r.mirrorExports, locale)}</td>
              <td>{formatGap(r.exportsGap, locale)}</td>
              <td>{formatUsd(r.chinaImports, locale)}</td>
              <td>{formatUsd(r.mirrorImports, locale)}</td>
              <td>{formatGap(r.importsGap, locale)}</td>
              <td>
                {r.chinaSourceId ? <SourceRef id={r.chinaSourceId} /> : '—'}
                {' · '}
                {r.mirrorSourceId ? <SourceRef id={r.mirrorSourceId} /> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
});
