import { memo } from 'react';
import { formatClaimValue, RELATIVE_TOLERANCE } from '../../data/claims';
import { REPORTER_LABEL } from '../../data/reporters';
import { useExplorer } from '../../store/StoreProvider';
import { selectHighlightedClaims } from '../../store/selectors';
import { SourceRef } from '../../ui/SourceRef';
import { TableScroll } from '../../ui/TableScroll';
import { selectDataReporter, selectTradeFacts } from './selectors';
import {
  CLAIM_MEASURE_LABEL,
  selectCheckedClaims,
  VERDICT_GLYPH,
  type CheckedClaim,
} from './tradeClaims';

// The claims table under the trade chart: its own chunk with the claim-checking code, loaded
// after the first screen (see TradeFigure).

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
      <TableScroll captionId="trade-claims-caption">
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
      </TableScroll>
    </section>
  );
});

/** The claims table for the selected reporter (China's figures with "Both"). */
export default function TradeClaims() {
  const claims = useExplorer(selectCheckedClaims);
  const reporter = useExplorer(selectDataReporter);
  const facts = useExplorer(selectTradeFacts);
  const highlighted = useExplorer(selectHighlightedClaims);
  return (
    <ClaimsTable
      claims={claims}
      reporterLabel={REPORTER_LABEL[reporter]}
      totalSourceId={facts.totalSourceId}
      highlighted={highlighted}
    />
  );
}
