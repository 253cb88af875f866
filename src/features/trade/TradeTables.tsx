import { memo } from 'react';
import { formatClaimValue, RELATIVE_TOLERANCE } from '../../data/claims';
import { formatPercent, formatUsd } from '../../data/format';
import { SourceRef } from '../../ui/SourceRef';
import { CLAIM_MEASURE_LABEL, VERDICT_GLYPH, type CheckedClaim, type TableRow } from './tradeModel';

/** The chart's numbers as a table (UI-CONTRACT: a `table` whose name contains "trade"). */
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

/** Every trade claim of the article with its computed verdict. */
export const ClaimsTable = memo(function ClaimsTable({
  claims,
  reporterLabel,
  totalSourceId,
}: {
  claims: CheckedClaim[];
  reporterLabel: string;
  /** The total-trade series shares are computed from. */
  totalSourceId: string;
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
              <tr key={claim.id} role="row" data-verdict={result.verdict}>
                <th scope="row" role="rowheader">
                  {claim.year}
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
