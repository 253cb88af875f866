import { memo } from 'react';
import { formatPercent, formatUsd } from '../../data/format';
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
  return (
    <TableScroll id={id} captionId={`${id}-caption`}>
      <table className="trade-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">China’s exports</th>
            <th scope="col">China’s imports</th>
            <th scope="col">Balance</th>
            <th scope="col">Share of Turkmenistan’s trade</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td>{formatUsd(r.exports)}</td>
              <td>{formatUsd(r.imports)}</td>
              <td>{formatUsd(r.balance)}</td>
              <td>{formatPercent(r.share)}</td>
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
  return (
    <TableScroll id={id} captionId={`${id}-caption`}>
      <table className="trade-table trade-table--both">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Year
            </th>
            <th scope="colgroup" colSpan={3}>
              China’s exports
            </th>
            <th scope="colgroup" colSpan={3}>
              China’s imports
            </th>
            <th scope="col" rowSpan={2}>
              Sources
            </th>
          </tr>
          <tr>
            <th scope="col">China-reported</th>
            <th scope="col">Mirror</th>
            <th scope="col">Gap</th>
            <th scope="col">China-reported</th>
            <th scope="col">Mirror</th>
            <th scope="col">Gap</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td>{formatUsd(r.chinaExports)}</td>
              <td>{formatUsd(r.mirrorExports)}</td>
              <td>{formatGap(r.exportsGap)}</td>
              <td>{formatUsd(r.chinaImports)}</td>
              <td>{formatUsd(r.mirrorImports)}</td>
              <td>{formatGap(r.importsGap)}</td>
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
