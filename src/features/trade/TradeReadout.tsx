import { formatPercent, formatUsd } from '../../data/format';
import { useExplorer } from '../../store/StoreProvider';
import { SourceRef } from '../../ui/SourceRef';
import { selectTradeReadout } from './selectors';
import { formatGap, type BothReadout } from './tradeModel';
import '../../ui/readout.css';
import { useLocale, useT } from '../../routing/locale';

/** One flow as both reporters give it, and the gap between them. */
function BothValues({ pair }: { pair: BothReadout['exports'] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dd className="trade-readout__both">
      <span>{t('trade.readout.china', { value: formatUsd(pair.china, locale) })}</span>
      <span>{t('trade.readout.mirror', { value: formatUsd(pair.mirror, locale) })}</span>
      <span className="trade-readout__gap">
        {t('trade.readout.gap', { value: formatGap(pair.gap, locale) })}
      </span>
    </dd>
  );
}

/** The flows the readout gives, in order, each with its label. */
const FLOWS = [
  ['exports', 'trade.exportsYear'],
  ['imports', 'trade.importsYear'],
  ['balance', 'trade.balanceYear'],
] as const;

/** The selected year's figures as text: the only part of the figure that reads the year. */
export function TradeReadout() {
  const { year, row, balance, share, lowConfidence, both } = useExplorer(selectTradeReadout);
  const t = useT();
  const locale = useLocale();
  return (
    <div className="trade-readout" data-view-year={year}>
      <dl className="readout">
        {FLOWS.map(([flow, label]) => (
          <div className={`trade-readout__${flow}`} key={flow}>
            <dt>{t(label, { year })}</dt>
            {both ? (
              <BothValues pair={both[flow]} />
            ) : (
              <dd>{formatUsd(flow === 'balance' ? balance : row?.[`${flow}Usd`], locale)}</dd>
            )}
          </div>
        ))}
        <div>
          <dt>
            {t('trade.shareYear', { year })}
            {both && ` ${t('trade.shareChinaReported')}`}
          </dt>
          <dd>{formatPercent(share?.value ?? null, 0, locale)}</dd>
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
            {t('trade.source')} <SourceRef id={row.sourceId} />
            {share && (
              <>
                {' '}
                ({t('trade.shareSource')} <SourceRef id={share.sourceIds[1]} />)
              </>
            )}
            {lowConfidence && (
              <span className="trade-readout__caveat"> {t('trade.lowConfidence')}</span>
            )}
          </>
        ) : (
          <>{t('trade.noFigures', { year })}</>
        )}
      </p>
    </div>
  );
}
