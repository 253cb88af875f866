import { formatPercent, formatUsd } from '../../data/format';
import { useExplorer } from '../../store/StoreProvider';
import { SourceRef } from '../../ui/SourceRef';
import { selectTradeReadout } from './selectors';
import '../../ui/readout.css';
import { useLocale, useT } from '../../routing/locale';

/** The selected year's figures as text: the only part of the figure that reads the year. */
export function TradeReadout() {
  const { year, row, balance, share, lowConfidence } = useExplorer(selectTradeReadout);
  const t = useT();
  const locale = useLocale();
  return (
    <div className="trade-readout" data-view-year={year}>
      <dl className="readout">
        <div className="trade-readout__exports">
          <dt>{t('trade.exportsYear', { year })}</dt>
          <dd>{formatUsd(row?.exportsUsd, locale)}</dd>
        </div>
        <div className="trade-readout__imports">
          <dt>{t('trade.importsYear', { year })}</dt>
          <dd>{formatUsd(row?.importsUsd, locale)}</dd>
        </div>
        <div className="trade-readout__balance">
          <dt>{t('trade.balanceYear', { year })}</dt>
          <dd>{formatUsd(balance, locale)}</dd>
        </div>
        <div>
          <dt>{t('trade.shareYear', { year })}</dt>
          <dd>{formatPercent(share?.value ?? null, 0, locale)}</dd>
        </div>
      </dl>
      <p className="trade-readout__source">
        {row ? (
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
