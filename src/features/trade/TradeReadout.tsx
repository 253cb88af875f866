import { formatPercent, formatUsd } from '../../data/format';
import { useExplorer } from '../../store/StoreProvider';
import { SourceRef } from '../../ui/SourceRef';
import { selectTradeReadout } from './selectors';
import '../../ui/readout.css';

/** The selected year's figures as text: the only part of the figure that reads the year. */
export function TradeReadout() {
  const { year, row, balance, share, lowConfidence } = useExplorer(selectTradeReadout);
  return (
    <div className="trade-readout" data-view-year={year}>
      <dl className="readout">
        <div className="trade-readout__exports">
          <dt>China’s exports to Turkmenistan, {year}</dt>
          <dd>{formatUsd(row?.exportsUsd)}</dd>
        </div>
        <div className="trade-readout__imports">
          <dt>China’s imports from Turkmenistan, {year}</dt>
          <dd>{formatUsd(row?.importsUsd)}</dd>
        </div>
        <div className="trade-readout__balance">
          <dt>Balance (imports − exports), {year}</dt>
          <dd>{balance === null ? 'no data' : formatUsd(balance)}</dd>
        </div>
        <div>
          <dt>China’s share of Turkmenistan’s trade, {year}</dt>
          <dd>{formatPercent(share?.value ?? null)}</dd>
        </div>
      </dl>
      <p className="trade-readout__source">
        {row ? (
          <>
            Source: <SourceRef id={row.sourceId} />
            {share && (
              <>
                {' '}
                (share ÷ <SourceRef id={share.sourceIds[1]} />)
              </>
            )}
            {lowConfidence && (
              <span className="trade-readout__caveat">
                {' '}
                — low confidence: a rounded figure from a news report
              </span>
            )}
          </>
        ) : (
          <>No trade figures for {year} in this series: the chart shows a gap.</>
        )}
      </p>
    </div>
  );
}
