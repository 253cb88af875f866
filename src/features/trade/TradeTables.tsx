import '../../data/i18n/later';
import { Fragment, memo } from 'react';
import { formatPercent, formatUsd } from '../../data/format';
import { useLocale, useT } from '../../routing/locale';
import { SourceRefOrDash, YearTable } from '../../ui/tables';
import { formatGap, type BothRow, type TableRow } from './tradeModel';

/** The figure's table, loaded when the reader asks for it ("Table"). */

const FLOW_NAMES = { exports: 'trade.series.exports', imports: 'trade.series.imports' } as const;

/**
 * The chart's numbers as a table, named with "trade" (tests and readers find it by that name).
 * With "Both" (`both` given), each flow from both reporters and the gap (mirror − China).
 */
export default memo(function TradeTables({
  id,
  caption,
  rows,
  both,
}: {
  /** The region's id (the "Table" toggle's `aria-controls`). */
  id: string;
  caption: string;
  rows: TableRow[];
  both: BothRow[] | null;
}) {
  const t = useT();
  const locale = useLocale();
  const table = { regionId: id, captionId: `${id}-caption`, caption };
  if (!both)
    return (
      <YearTable
        {...table}
        className="trade-table"
        rows={rows}
        columns={[
          { header: t('trade.series.exports'), cell: (r) => formatUsd(r.exports, locale) },
          { header: t('trade.series.imports'), cell: (r) => formatUsd(r.imports, locale) },
          { header: t('trade.table.balance'), cell: (r) => formatUsd(r.balance, locale) },
          { header: t('trade.table.share'), cell: (r) => formatPercent(r.share, 0, locale) },
          { header: t('table.source'), cell: (r) => <SourceRefOrDash id={r.sourceId} /> },
        ]}
      />
    );
  const flows = ['exports', 'imports'] as const;
  return (
    <YearTable
      {...table}
      className="trade-table trade-table--both"
      rows={both}
      head={
        <>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('table.year')}
            </th>
            {flows.map((flow) => (
              <th scope="colgroup" colSpan={3} key={flow}>
                {t(FLOW_NAMES[flow])}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              {t('table.sources')}
            </th>
          </tr>
          <tr>
            {flows.map((flow) => (
              <Fragment key={flow}>
                <th scope="col">{t('trade.both.china')}</th>
                <th scope="col">{t('trade.both.mirror')}</th>
                <th scope="col">{t('trade.both.gap')}</th>
              </Fragment>
            ))}
          </tr>
        </>
      }
      columns={[
        { cell: (r) => formatUsd(r.chinaExports, locale) },
        { cell: (r) => formatUsd(r.mirrorExports, locale) },
        { cell: (r) => formatGap(r.exportsGap, locale) },
        { cell: (r) => formatUsd(r.chinaImports, locale) },
        { cell: (r) => formatUsd(r.mirrorImports, locale) },
        { cell: (r) => formatGap(r.importsGap, locale) },
        {
          cell: (r) => (
            <>
              <SourceRefOrDash id={r.chinaSourceId} />
              {' · '}
              <SourceRefOrDash id={r.mirrorSourceId} />
            </>
          ),
        },
      ]}
    />
  );
});
