import {
  lazy,
  Suspense,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type RefObject,
} from 'react';
import { describeYears, REPORTER_LABEL } from '../../data/claims';
import type { Reporter } from '../../data/schema';
import type { ExplorerStore } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import { selectModel, selectReporter, selectScale } from '../../store/selectors';
import { usePrefetch, useWantedWhenNear } from '../../ui/idle';
import { SourceRef } from '../../ui/SourceRef';
import { TradeReadout } from './TradeReadout';
import { ClaimsTable, TradeTable } from './TradeTables';
import { chartRows, checkedClaims, shareRows, sourceIdsOf } from './tradeModel';
import './trade.css';

// Recharts (about 100 KiB gzip) is its own chunk, fetched once the first screen has painted and
// the browser is idle. The chart is drawn (which takes Recharts about 100 ms of main thread) when
// its box, already of the chart's height, is near the viewport: at once on a desktop, on a phone
// as the reader scrolls down to it. The readout and controls come first.
const loadTradeChart = () => import('./TradeChart');
const TradeChart = lazy(loadTradeChart);

/**
 * The chart's box: a placeholder of the chart's height until the chart is wanted (its own
 * component, so that only it re-renders when that changes).
 */
function ChartSlot({
  boxRef,
  ...chartProps
}: ComponentProps<typeof TradeChart> & { boxRef: RefObject<HTMLDivElement | null> }) {
  const [nearRef, wanted] = useWantedWhenNear<HTMLDivElement>();
  usePrefetch(loadTradeChart);
  const setBox = useCallback(
    (el: HTMLDivElement | null) => {
      boxRef.current = el;
      nearRef(el);
    },
    [boxRef, nearRef],
  );
  return (
    <div className="trade-chart-box" ref={setBox}>
      <Suspense fallback={<ChartPlaceholder />}>
        {wanted ? <TradeChart {...chartProps} /> : <ChartPlaceholder />}
      </Suspense>
    </div>
  );
}

function ChartPlaceholder() {
  return (
    <div className="trade-chart">
      <div className="trade-chart__placeholder" aria-busy="true">
        Loading the chart…
      </div>
    </div>
  );
}

const selectSetYear = (s: ExplorerStore) => s.setYear;
const selectSetReporter = (s: ExplorerStore) => s.setReporter;
const selectSetScale = (s: ExplorerStore) => s.setScale;

const REPORTERS: { value: Reporter; label: string }[] = [
  { value: 'china', label: 'China' },
  { value: 'mirror', label: 'Turkmenistan (mirror)' },
];

/** China's exports to and imports from Turkmenistan by year, the balance, and the article's claims. */
export function TradeFigure() {
  const model = useExplorer(selectModel);
  const reporter = useExplorer(selectReporter);
  const scale = useExplorer(selectScale);
  const setYear = useExplorer(selectSetYear);
  const setReporter = useExplorer(selectSetReporter);
  const setScale = useExplorer(selectSetScale);
  const { dataset, minYear, maxYear, sourcesById } = model;
  const [showTable, setShowTable] = useState(false);
  const [showShare, setShowShare] = useState(false);
  const [message, setMessage] = useState('');
  const chartRef = useRef<HTMLDivElement>(null);
  const uid = useId();

  const rows = useMemo(
    () => chartRows(dataset.trade, reporter, minYear, maxYear),
    [dataset, reporter, minYear, maxYear],
  );
  const shares = useMemo(
    () => shareRows(dataset.trade, dataset.totalTrade, reporter, minYear, maxYear),
    [dataset, reporter, minYear, maxYear],
  );
  const claims = useMemo(() => checkedClaims(dataset, reporter), [dataset, reporter]);
  const sourceIds = useMemo(() => sourceIdsOf(rows), [rows]);
  const lowConfidence = useMemo(
    () => new Set(dataset.sources.filter((s) => s.confidence === 'low').map((s) => s.id)),
    [dataset],
  );

  const title = `China–Turkmenistan trade by year, ${REPORTER_LABEL[reporter]}`;
  const units = `Current US dollars${scale === 'log' ? ', log scale' : ''}. Exports FOB, imports CIF.`;
  const sourceLine = `Sources: ${sourceIds.join(', ')} (see /sources). Gaps are years without data.`;

  const download = useCallback(
    async (kind: 'csv' | 'svg' | 'png') => {
      setMessage('');
      try {
        const mod = await import('../../ui/download');
        const base = `china-turkmenistan-trade-${reporter}`;
        if (kind === 'csv') {
          const { tradeCsv } = await import('./tradeCsv');
          mod.downloadCsv(
            tradeCsv({
              title,
              rows,
              includeBalance: scale === 'linear',
              sources: sourceIds.map((id) => ({ id, title: sourcesById.get(id)?.title ?? id })),
            }),
            `${base}.csv`,
          );
          return;
        }
        const svg = chartRef.current?.querySelector<SVGSVGElement>(
          '.trade-chart__main svg.recharts-surface',
        );
        if (!svg) throw new Error('The chart is not drawn yet.');
        const frame = { title, units, sourceLine };
        if (kind === 'svg') mod.downloadSvg(svg, frame, `${base}-${scale}.svg`);
        else await mod.downloadPng(svg, frame, `${base}-${scale}.png`);
      } catch (err) {
        setMessage(`Download failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    [reporter, scale, title, units, sourceLine, rows, sourceIds, sourcesById],
  );

  const tableId = `${uid}-table`;
  return (
    <figure className="panel trade" aria-labelledby="trade-title">
      <figcaption className="trade__caption">
        <h2 id="trade-title">Trade between China and Turkmenistan</h2>
        <p className="trade-note">
          China’s exports to Turkmenistan and imports from it (mostly pipeline gas since 2010), in
          current US dollars. The balance is imports minus exports: above zero, Turkmenistan sells
          China more than it buys. Diamonds mark the article’s figures, with the data’s value where
          there is one.
        </p>
      </figcaption>

      <TradeReadout model={model} reporter={reporter} />

      <div className="trade-controls">
        <label className="trade-switch">
          <input
            type="checkbox"
            role="switch"
            checked={scale === 'log'}
            onChange={(e) => setScale(e.target.checked ? 'log' : 'linear')}
          />
          Log scale
        </label>
        <fieldset className="trade-reporter" role="radiogroup" aria-labelledby={`${uid}-reporter`}>
          <legend id={`${uid}-reporter`}>Reporter</legend>
          {REPORTERS.map((r) => (
            <label key={r.value}>
              <input
                type="radio"
                name={`${uid}-reporter`}
                value={r.value}
                checked={reporter === r.value}
                onChange={() => setReporter(r.value)}
              />
              {r.label}
            </label>
          ))}
        </fieldset>
        <label className="trade-switch">
          <input
            type="checkbox"
            checked={showShare}
            onChange={(e) => setShowShare(e.target.checked)}
          />
          Share of Turkmenistan’s trade
        </label>
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={showTable ? tableId : undefined}
          onClick={() => setShowTable((v) => !v)}
        >
          Table
        </button>
        <span className="trade-downloads">
          <button type="button" onClick={() => void download('csv')}>
            Download CSV
          </button>
          <button type="button" onClick={() => void download('svg')}>
            Download SVG
          </button>
          <button type="button" onClick={() => void download('png')}>
            Download PNG
          </button>
        </span>
      </div>
      <p className="trade-note">
        {reporter === 'mirror' ? (
          <>
            <strong>Mirror:</strong> the same trade as Turkmenistan reports it to the IMF (
            <SourceRef id="IMF_DOTS_TKM" source={sourcesById.get('IMF_DOTS_TKM')} />
            ); most years are IMF estimates, 2004–2019 derived from China’s figures.
          </>
        ) : (
          <>
            The <strong>mirror</strong> is the same trade as Turkmenistan reports it to the IMF;
            most of it is IMF estimates.
          </>
        )}
      </p>
      {message && (
        <p className="trade-message" role="alert">
          {message}
        </p>
      )}

      <ChartSlot
        boxRef={chartRef}
        rows={rows}
        shareRows={shares}
        showShare={showShare}
        reporter={reporter}
        scale={scale}
        claims={claims}
        minYear={minYear}
        maxYear={maxYear}
        eventYears={model.eventYears}
        eventsByYear={model.eventsByYear}
        lowConfidence={lowConfidence}
        onSelectYear={setYear}
      />
      <p className="trade-note trade-sources">
        Sources:{' '}
        {sourceIds.map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <SourceRef id={id} source={sourcesById.get(id)} />
          </span>
        ))}
        . No figures for {gapSummary(rows)}: the lines break there.
        {reporter === 'china' &&
          ' 2023 is a rounded news report of China’s customs data (low confidence), drawn as a hollow dot.'}
        {showShare && (
          <>
            {' '}
            Share: bilateral trade ÷ Turkmenistan’s exports + imports with the world from{' '}
            <SourceRef
              id="IMF_DOTS_TKM_WORLD"
              source={sourcesById.get('IMF_DOTS_TKM_WORLD')}
            />{' '}
            (1992–2020), which is itself largely built from partner data; the COW totals (
            <SourceRef id="COW_NATIONAL_4" source={sourcesById.get('COW_NATIONAL_4')} />) diverge
            after 2000 and are not used.
          </>
        )}
      </p>
      {showTable && (
        <TradeTable
          id={tableId}
          caption={`${title} (US dollars)`}
          rows={rows}
          shares={shares}
          sourcesById={sourcesById}
        />
      )}
      <ClaimsTable
        claims={claims}
        reporterLabel={REPORTER_LABEL[reporter]}
        sourcesById={sourcesById}
      />
    </figure>
  );
}

function gapSummary(rows: readonly { year: number; sourceId: string | null }[]): string {
  const gaps = rows.filter((r) => r.sourceId === null).map((r) => r.year);
  return gaps.length ? describeYears(gaps) : 'no year';
}
