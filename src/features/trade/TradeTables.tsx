import { memo } from 'react';
import { formatClaimValue, RELATIVE_TOLERANCE } from '../../data/claims';
import { formatPercent, formatUsd } from '../../data/format';
import { SourceRef } from '../../ui/SourceRef';
import {
  CLAIM_MEASURE_LABEL,
  formatGap,
  VERDICT_GLYPH,
  type BothRow,
  type CheckedClaim,
  type TableRow,
} from './tradeModel';

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
    <div
      className="trade-table-scroll"
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      id={id}
    >
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
    </div>
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
    <div
      className="trade-table-scroll"
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      id={id}
    >
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
    </div>
  );
});

const NO_CLAIMS: readonly string[] = [];

/** Every trade claim of the article with its computed verdict. */
export const ClaimsTable = memo(function ClaimsTable({
  claims,
  reporterLabel,
  totalSourceId,
  highlighted = NO_CLAIMS,
}: {
  claims: CheckedClaim[];
  reporterLabel: string;
  /** The total-trade series shares are computed from. */
  totalSourceId: string;
  /** Claims another view (the story) asks to mark. */
  highlighted?: readonly string[];
}) {
  return (
    <section className="trade-claims-section" aria-labelledby="trade-claims-title">
      <h3 id="trade-claims-title">The article’s figures against the statistics</h3>
      <p className="trade-note">
        A claim <strong>matches</strong> when it is within {RELATIVE_TOLERANCE * 100}% of the data
        or within its own precision (half a unit in its last digit: “$445 million” allows ±$0.5
        million); otherwise it <strong>differs</strong>, and the data’s value is given. Checked
        against {reporterLabel} figures; shares use Turkmenistan’s total trade from{' '}
        <SourceRef id={totalSourceId} />. The article’s gas figures are left to the pipeline view.
      </p>
      <div
        className="trade-table-scroll"
        role="region"
        aria-labelledby="trade-claims-caption"
        tabIndex={0}
      >
        <table className="trade-claims-table" role="table">
          <caption id="trade-claims-caption">Article claims checked against the statistics</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Year
              </th>
              <th scope="col" role="columnheader">
                The article says
              </th>
              <th scope="col" role="columnheader">
                Verdict
              </th>
              <th scope="col" role="columnheader">
                Data
              </th>
              <th scope="col" role="columnheader">
                Note
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {claims.map(({ claim, result }) => (
              <tr
                key={claim.id}
                role="row"
                data-verdict={result.verdict}
                className={highlighted.includes(claim.id) ? 'claims-table__row--marked' : undefined}
              >
                <th scope="row" role="rowheader">
                  {claim.year}
                  {highlighted.includes(claim.id) && (
                    <span className="claims-table__mark"> (highlighted)</span>
                  )}
                </th>
                <td role="cell">
                  {CLAIM_MEASURE_LABEL[claim.measure] ?? claim.measure}:{' '}
                  <q className="trade-claims-table__quote">{claim.quote}</q>{' '}
                  <SourceRef id={claim.sourceId} />
                </td>
                <td role="cell" className="trade-claims-table__verdict">
                  <span aria-hidden="true">{VERDICT_GLYPH[result.verdict]} </span>
                  {result.verdict}
                </td>
                <td role="cell" data-label="Data">
                  {formatClaimValue(result.dataValue, claim.unit)}
                  {result.sourceIds.map((id, i) => (
                    <span key={id}>
                      {i === 0 ? ' ' : ' ÷ '}
                      <SourceRef id={id} />
                    </span>
                  ))}
                </td>
                <td role="cell">{result.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
