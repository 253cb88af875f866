import '../../data/i18n/later';
import { memo } from 'react';
import { formatClaimValue, RELATIVE_TOLERANCE } from '../../data/claims';
import { useLocale, useT } from '../../routing/locale';
import { useExplorer } from '../../store/StoreProvider';
import { selectHighlightedClaims } from '../../store/selectors';
import { measureLabel, VERDICT_GLYPH, verdictLabel } from '../../ui/claimLabels';
import { ClaimQuote } from '../../ui/ClaimQuote';
import { SourceRef } from '../../ui/SourceRef';
import { TableScroll } from '../../ui/tables';
import { VerdictNoteText } from '../../ui/VerdictNoteText';
import { selectDataReporter, selectTradeFacts } from './selectors';
import { selectCheckedClaims, type CheckedClaim } from './tradeClaims';
import type { MessageId } from '../../data/i18n/messages';

// The claims table under the trade chart: its own chunk with the claim-checking code, loaded
// after the first screen (see TradeFigure).

const NO_CLAIMS: readonly string[] = [];

/** The table's column headings, in order. */
const COLUMNS = [
  'table.year',
  'claims.col.says',
  'claims.col.verdict',
  'claims.col.data',
  'claims.col.note',
] as const satisfies readonly MessageId[];

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
  const t = useT();
  const locale = useLocale();
  return (
    <section className="trade-claims-section" aria-labelledby="trade-claims-title">
      <h3 id="trade-claims-title">{t('claims.tableTitle')}</h3>
      <p className="trade-note">
        {t('claims.tableIntro', { tolerance: RELATIVE_TOLERANCE * 100, reporter: reporterLabel })}{' '}
        <SourceRef id={totalSourceId} />
        {t('claims.tableIntroEnd')}
      </p>
      <TableScroll captionId="trade-claims-caption">
        <table className="trade-claims-table" role="table">
          <caption id="trade-claims-caption">{t('claims.tableCaption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {COLUMNS.map((c) => (
                <th scope="col" role="columnheader" key={c}>
                  {t(c)}
                </th>
              ))}
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
                    <span className="claims-table__mark">{t('claims.highlighted')}</span>
                  )}
                </th>
                <td role="cell">
                  {measureLabel(t, claim.measure)}:{' '}
                  <ClaimQuote claim={claim} className="trade-claims-table__quote" />{' '}
                  <SourceRef id={claim.sourceId} />
                </td>
                <td role="cell" className="trade-claims-table__verdict">
                  <span aria-hidden="true">{VERDICT_GLYPH[result.verdict]} </span>
                  {verdictLabel(t, result.verdict)}
                </td>
                <td role="cell" data-label={t('claims.col.data')}>
                  {formatClaimValue(result.dataValue, claim.unit, locale)}
                  {result.sourceIds.map((id, i) => (
                    <span key={id}>
                      {i === 0 ? ' ' : ' ÷ '}
                      <SourceRef id={id} />
                    </span>
                  ))}
                </td>
                <td role="cell">
                  <VerdictNoteText note={result.noteParts} />
                </td>
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
  const t = useT();
  return (
    <ClaimsTable
      claims={claims}
      reporterLabel={t(reporter === 'china' ? 'trade.reported.china' : 'trade.reported.mirror')}
      totalSourceId={facts.totalSourceId}
      highlighted={highlighted}
    />
  );
}
