import { useMemo } from 'react';
import { TOTAL_TRADE_SOURCE } from '../../data/claims';
import { balanceUsd, chinaShareOfTotal, tradeForYear } from '../../data/derive';
import { formatPercent, formatUsd } from '../../data/format';
import type { Model } from '../../data/model';
import type { Reporter } from '../../data/schema';
import { useExplorer } from '../../store/StoreProvider';
import { selectYear } from '../../store/selectors';
import { SourceRef } from '../../ui/SourceRef';
import '../../ui/readout.css';

/** The selected year's figures as text: the only part of the figure that reads the year. */
export function TradeReadout({ model, reporter }: { model: Model; reporter: Reporter }) {
  const year = useExplorer(selectYear);
  const { dataset, sourcesById } = model;
  const row = useMemo(() => tradeForYear(dataset.trade, reporter, year), [dataset, reporter, year]);
  const share = useMemo(
    () =>
      chinaShareOfTotal(
        row,
        dataset.totalTrade.find((t) => t.year === year && t.sourceId === TOTAL_TRADE_SOURCE),
      ),
    [dataset, row, year],
  );
  const source = row ? sourcesById.get(row.sourceId) : undefined;
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
          <dd>{row ? formatUsd(balanceUsd(row)) : 'no data'}</dd>
        </div>
        <div>
          <dt>China’s share of Turkmenistan’s trade, {year}</dt>
          <dd>{formatPercent(share)}</dd>
        </div>
      </dl>
      <p className="trade-readout__source">
        {row ? (
          <>
            Source: <SourceRef id={row.sourceId} source={source} />
            {share !== null && (
              <>
                {' '}
                (share ÷{' '}
                <SourceRef id={TOTAL_TRADE_SOURCE} source={sourcesById.get(TOTAL_TRADE_SOURCE)} />)
              </>
            )}
            {source?.confidence === 'low' && (
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
