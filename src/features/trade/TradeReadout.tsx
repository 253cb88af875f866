import { formatPercent, formatUsd } from '../../data/format';
import { useExplorer } from '../../store/StoreProvider';
import { SourceRef } from '../../ui/SourceRef';
import { selectTradeReadout } from './selectors';
import { formatGap, type BothReadout } from './tradeModel';
import '../../ui/readout.css';

/** One flow as both reporters give it, and the gap between them. */
function BothValues({ pair }: { pair: BothReadout['exports'] }) {
  return (
    <dd className="trade-readout__both">
      <span>China: {formatUsd(pair.china)}</span>
      <span>Mirror: {formatUsd(pair.mirror)}</span>
      <span className="trade-readout__gap">Gap: {formatGap(pair.gap)}</span>
    </dd>
  );
}

/** The selected year's figures as text: the only part of the figure that reads the year. */
export function TradeReadout() {
  const { year, row, balance, share, lowConfidence, both } = useExplorer(selectTradeReadout);
  return (
    <div className="trade-readout" data-view-year={year}>
      <dl className="readout">
        <div className="trade-readout__exports">
          <dt>China’s exports to Turkmenistan, {year}</dt>
          {both ? <BothValues pair={both.exports} /> : <dd>{formatUsd(row?.exportsUsd)}</dd>}
        </div>
        <div className="trade-readout__imports">
          <dt>China’s imports from Turkmenistan, {year}</dt>
          {both ? <BothValues pair={both.imports} /> : <dd>{formatUsd(row?.importsUsd)}</dd>}
        </div>
        <div className="trade-readout__balance">
          <dt>Balance (imports − exports), {year}</dt>
          {both ? (
            <BothValues pair={both.balance} />
          ) : (
            <dd>{balance === null ? 'no data' : formatUsd(balance)}</dd>
          )}
        </div>
        <div>
          <dt>
            China’s share of Turkmenistan’s trade, {year}
            {both && ' (China-reported)'}
          </dt>
          <dd>{formatPercent(share?.value ?? null)}</dd>
        </div>
      </dl>
      <p className="trade-readout__source">
        {both ? (
          <>
            {both.chinaSourceId ? (
              <>
                China: <SourceRef id={both.chinaSourceId} />
              </>
            ) : (
              'No China-reported figures'
            )}
            {'; '}
            {both.mirrorSourceId ? (
              <>
                mirror: <SourceRef id={both.mirrorSourceId} />
              </>
            ) : (
              'no mirror figures'
            )}
            {both.chinaSourceId && both.mirrorSourceId
              ? '. Gap: mirror minus China.'
              : `: the chart shows a gap for ${year}.`}
            {lowConfidence && (
              <span className="trade-readout__caveat">
                {' '}
                China’s figure is low confidence: a rounded figure from a news report.
              </span>
            )}
          </>
        ) : row ? (
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
