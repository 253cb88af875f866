import { useMemo } from 'react';
import { balanceUsd, tradeForYear } from '../../data/derive';
import { formatUsd } from '../../data/format';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel, selectReporter, selectYear } from '../../store/selectors';

/** Placeholder of the trade figure: the selected year's figures as text (chart: issue 3). */
export function TradeFigure() {
  const year = useExplorer(selectYear);
  const reporter = useExplorer(selectReporter);
  const { dataset } = useExplorer(selectModel);
  const row = useMemo(() => tradeForYear(dataset.trade, reporter, year), [dataset, reporter, year]);
  return (
    <figure className="panel" aria-labelledby="trade-title">
      <figcaption>
        <h2 id="trade-title">Trade between China and Turkmenistan</h2>
      </figcaption>
      <dl className="readout">
        <div>
          <dt>China’s exports to Turkmenistan, {year}</dt>
          <dd>{formatUsd(row?.exportsUsd)}</dd>
        </div>
        <div>
          <dt>China’s imports from Turkmenistan, {year}</dt>
          <dd>{formatUsd(row?.importsUsd)}</dd>
        </div>
        <div>
          <dt>Balance (imports − exports), {year}</dt>
          <dd>{row ? formatUsd(balanceUsd(row)) : 'no data'}</dd>
        </div>
      </dl>
    </figure>
  );
}
