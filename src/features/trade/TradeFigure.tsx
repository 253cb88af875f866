import {
  lazy,
  Suspense,
  useCallback,
  useId,
  useRef,
  useState,
  type ComponentProps,
  type RefObject,
} from 'react';
import { REPORTER_LABEL } from '../../data/reporters';
import type { ExplorerStore, ReporterChoice } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import {
  selectHighlightedClaims,
  selectModel,
  selectReporter,
  selectScale,
} from '../../store/selectors';
import { TableToggle } from '../../ui/TableToggle';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { DrawingPending, downloadFailure } from '../../ui/downloadFailure';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useIdle, usePrefetch, useWantedWhenNear } from '../../ui/idle';
import { SourceRef } from '../../ui/SourceRef';
import { CHART_SIZE_PROPERTIES } from './chartSize';
import { TradeReadout } from './TradeReadout';
import { selectDataReporter, selectTradeFigure } from './selectors';
import './trade.css';

// Recharts (about 100 KiB gzip) is its own chunk, fetched once the first screen has painted and
// the browser is idle. The chart is drawn (which takes Recharts about 100 ms of main thread) when
// its box, already of the chart's height, is near the viewport: at once on a desktop, on a phone
// as the reader scrolls down to it. The readout and controls come first.
const loadTradeChart = () => import('./TradeChart');
const TradeChart = lazy(loadTradeChart);
// The download code is fetched with the other idle chunks, so a download works offline later.
// The download code and the trade CSV's columns: one idle prefetch, so downloads work offline.
const loadDownload = () =>
  Promise.all([import('../../ui/download'), import('./tradeCsv')]).then(([download, csv]) => ({
    ...download,
    ...csv,
  }));

// The tables (on "Table") and the claims table with the claim-checking code are chunks of their
// own too: neither is needed for the first screen. Both are prefetched when the browser is idle.
const loadTables = () => import('./TradeTables');
const TradeTable = lazy(() => loadTables().then((m) => ({ default: m.TradeTable })));
const BothTable = lazy(() => loadTables().then((m) => ({ default: m.BothTable })));
const loadClaims = () => import('./TradeClaims');
const TradeClaims = lazy(loadClaims);

/** The claims table, drawn once the first screen has painted and the browser is idle. */
function ClaimsSlot() {
  const idle = useIdle();
  usePrefetch(loadTables);
  return (
    <ErrorBoundary name="The claims table">
      <Suspense fallback={null}>{idle && <TradeClaims />}</Suspense>
    </ErrorBoundary>
  );
}

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
    <div className="trade-chart-box" ref={setBox} style={CHART_SIZE_PROPERTIES}>
      {/* Only the chart needs Recharts (and d3): if its code cannot be fetched, only this box
          says so, and the readout, controls, tables and downloads around it keep working. */}
      <ErrorBoundary name="The chart">
        <Suspense fallback={<ChartPlaceholder />}>
          {wanted ? <TradeChart {...chartProps} /> : <ChartPlaceholder />}
        </Suspense>
      </ErrorBoundary>
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

const REPORTERS: { value: ReporterChoice; label: string }[] = [
  { value: 'china', label: 'China' },
  { value: 'mirror', label: 'Turkmenistan (mirror)' },
  { value: 'both', label: 'Both' },
];

const CHOICE_LABEL: Record<ReporterChoice, string> = {
  ...REPORTER_LABEL,
  both: 'China-reported and mirror',
};

/** China's exports to and imports from Turkmenistan by year, the balance, and the article's claims. */
export function TradeFigure() {
  const model = useExplorer(selectModel);
  const reporter = useExplorer(selectReporter);
  const dataReporter = useExplorer(selectDataReporter);
  const scale = useExplorer(selectScale);
  const setYear = useExplorer(selectSetYear);
  const setReporter = useExplorer(selectSetReporter);
  const setScale = useExplorer(selectSetScale);
  const highlightedClaims = useExplorer(selectHighlightedClaims);
  const { minYear, maxYear } = model;
  const {
    rows,
    logRows,
    zeroNote,
    shares,
    tableRows,
    sourceIds,
    sourceTitles,
    gaps,
    facts,
    both,
    bothLog,
    mirrorGaps,
  } = useExplorer(selectTradeFigure);
  const showBoth = reporter === 'both';
  const lowChina = facts.lowConfidenceYears.china;
  const [showTable, setShowTable] = useState(false);
  const [showShare, setShowShare] = useState(false);
  const [message, setMessage] = useState('');
  const chartRef = useRef<HTMLDivElement>(null);
  const uid = useId();

  const title = `China–Turkmenistan trade by year, ${CHOICE_LABEL[reporter]}`;
  const units = `Current US dollars${scale === 'log' ? ', log scale' : ''}. Exports FOB, imports CIF.${
    showBoth ? ' Solid: China-reported; dashed: mirror; shaded: the gap.' : ''
  }`;
  const sourceLine = `Sources: ${sourceIds.join(', ')} (see /sources). Gaps are years without data.`;

  const download = useCallback(
    async (kind: 'csv' | 'svg' | 'png') => {
      setMessage('');
      try {
        const mod = await loadDownload();
        const base = `china-turkmenistan-trade-${reporter}`;
        if (kind === 'csv') {
          mod.downloadCsv(
            showBoth
              ? mod.bothTradeCsv({ title, rows: both, sources: sourceTitles })
              : mod.tradeCsv({
                  title,
                  rows,
                  includeBalance: scale === 'linear',
                  sources: sourceTitles,
                }),
            `${base}.csv`,
          );
          return;
        }
        const svg = chartRef.current?.querySelector<SVGSVGElement>(
          '.trade-chart__main svg.recharts-surface',
        );
        if (!svg)
          throw new DrawingPending(
            'the chart is not drawn yet. Scroll to it, wait a moment, and try again.',
          );
        const frame = { title, units, sourceLine };
        if (kind === 'svg') mod.downloadSvg(svg, frame, `${base}-${scale}.svg`);
        else await mod.downloadPng(svg, frame, `${base}-${scale}.png`);
      } catch (err) {
        setMessage(downloadFailure(err));
      }
    },
    [reporter, scale, title, units, sourceLine, rows, both, showBoth, sourceTitles],
  );

  usePrefetch(loadDownload);
  const tableId = `${uid}-table`;
  return (
    <figure className="panel trade" aria-labelledby="trade-title">
      <figcaption className="trade__caption">
        <h2 id="trade-title">Trade between China and Turkmenistan</h2>
        <p className="trade-note">
          China’s exports to Turkmenistan and imports from it
          {facts.firstGasYear !== null && ` (mostly pipeline gas since ${facts.firstGasYear})`}, in
          current US dollars. The balance is imports minus exports: above zero, Turkmenistan sells
          China more than it buys. Diamonds mark the article’s figures, with the data’s value where
          there is one.
        </p>
      </figcaption>

      <TradeReadout />

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
        <TableToggle open={showTable} tableId={tableId} onToggle={() => setShowTable((v) => !v)} />
        <DownloadButtons onDownload={(kind) => void download(kind)} />
      </div>
      <p className="trade-note">
        {showBoth ? (
          <>
            <strong>Why they differ:</strong> China reports its imports CIF (with freight and
            insurance) and its exports FOB; the mirror is the same trade as Turkmenistan reports it
            to the IMF (<SourceList ids={facts.mirrorSourceIds} />
            ), mostly IMF estimates
            {facts.mirrorDerivedYears &&
              ` (${facts.mirrorDerivedYears}: China’s figures × or ÷ 1.06, the standard CIF/FOB factor)`}
            . Solid lines China-reported, dashed mirror, shaded the gap.
          </>
        ) : reporter === 'mirror' ? (
          <>
            <strong>Mirror:</strong> the same trade as Turkmenistan reports it to the IMF (
            <SourceList ids={facts.mirrorSourceIds} />
            ); most years are IMF estimates
            {facts.mirrorDerivedYears &&
              `, ${facts.mirrorDerivedYears} derived from China’s figures`}
            .
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
        rows={scale === 'log' ? logRows : rows}
        bothRows={showBoth ? (scale === 'log' ? bothLog : both) : null}
        shareRows={shares}
        showShare={showShare}
        reporter={reporter}
        scale={scale}
        highlightedClaims={highlightedClaims}
        minYear={minYear}
        maxYear={maxYear}
        eventYears={model.eventYears}
        eventsByYear={model.eventsByYear}
        lowConfidence={model.lowConfidenceSourceIds}
        onSelectYear={setYear}
      />
      <p className="trade-note trade-sources">
        Sources: <SourceList ids={sourceIds} />.{' '}
        {showBoth
          ? `No China-reported figures for ${gaps}, no mirror figures for ${mirrorGaps}: the lines and the shading break there.`
          : `No figures for ${gaps}: the lines break there.`}
        {scale === 'log' && zeroNote && ` ${zeroNote}`}
        {dataReporter === 'china' &&
          lowChina.count > 0 &&
          ` ${lowChina.text} ${lowChina.count === 1 ? 'is a rounded news report' : 'are rounded news reports'} of China’s customs data (low confidence), drawn as ${lowChina.count === 1 ? 'a hollow dot' : 'hollow dots'}.`}
        {showShare && (
          <>
            {' '}
            Share: bilateral trade ÷ Turkmenistan’s exports + imports with the world from{' '}
            <SourceRef id={facts.totalSourceId} /> ({facts.totalYears}), which is itself largely
            built from partner data
            {facts.otherTotalSourceIds.length > 0 && (
              <>
                ; the COW totals (<SourceList ids={facts.otherTotalSourceIds} />) diverge after 2000
                and are not used
              </>
            )}
            .
          </>
        )}
      </p>
      {showTable && (
        <Suspense fallback={<p className="trade-note">Loading the table…</p>}>
          {showBoth ? (
            <BothTable id={tableId} caption={`${title} (US dollars)`} rows={both} />
          ) : (
            <TradeTable id={tableId} caption={`${title} (US dollars)`} rows={tableRows} />
          )}
        </Suspense>
      )}
      <ClaimsSlot />
    </figure>
  );
}

/** Source links separated by commas. */
function SourceList({ ids }: { ids: readonly string[] }) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 && ', '}
      <SourceRef id={id} />
    </span>
  ));
}
