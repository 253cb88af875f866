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
import type { MessageId } from '../../data/i18n/messages';
import type { ExplorerStore, ReporterChoice } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import {
  selectHighlightedClaims,
  selectModel,
  selectReporter,
  selectScale,
} from '../../store/selectors';
import { Checkbox } from '../../ui/Checkbox';
import { TableToggle } from '../../ui/TableToggle';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { downloadFailure } from '../../ui/downloadFailure';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useIdle, usePrefetch, useWantedWhenNear } from '../../ui/idle';
import { NoScriptFigure } from '../../ui/NoScriptFigure';
import { SourceRef } from '../../ui/SourceRef';
import { CHART_SIZE_PROPERTIES } from './chartSize';
import { TradeReadout } from './TradeReadout';
import { selectDataReporter, selectTradeFigure } from './selectors';
import { gapsSentence, logZeroNote } from './tradeModel';
import './trade.css';
import { useLocale, useT } from '../../routing/locale';
import { localizePath, paths } from '../../routing/paths';

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
const TradeTables = lazy(loadTables);
const loadClaims = () => import('./TradeClaims');
const TradeClaims = lazy(loadClaims);

/** The claims table, drawn once the first screen has painted and the browser is idle. */
function ClaimsSlot() {
  const t = useT();
  const idle = useIdle();
  usePrefetch(loadTables);
  return (
    <ErrorBoundary name={t('error.name.claimsTable')}>
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
  const t = useT();
  const [nearRef, wanted] = useWantedWhenNear<HTMLDivElement>(undefined, loadTradeChart);
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
      <ErrorBoundary name={t('error.name.chart')}>
        <Suspense fallback={<ChartPlaceholder />}>
          {wanted ? <TradeChart {...chartProps} /> : <ChartPlaceholder />}
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

function ChartPlaceholder() {
  const t = useT();
  return (
    <div className="trade-chart">
      <div className="trade-chart__placeholder" aria-busy="true">
        {t('trade.loadingChart')}
      </div>
      <NoScriptFigure figure="trade" />
    </div>
  );
}

const selectSetYear = (s: ExplorerStore) => s.setYear;
const selectSetReporter = (s: ExplorerStore) => s.setReporter;
const selectSetScale = (s: ExplorerStore) => s.setScale;

const REPORTERS: { value: ReporterChoice; label: MessageId }[] = [
  { value: 'china', label: 'trade.reporter.china' },
  { value: 'mirror', label: 'trade.reporter.mirror' },
  { value: 'both', label: 'trade.reporter.both' },
];

/** "China-reported", "Turkmenistan-reported (mirror)" or both, for titles and captions. */
const REPORTED: Record<ReporterChoice, MessageId> = {
  china: 'trade.reported.china',
  mirror: 'trade.reported.mirror',
  both: 'trade.reported.both',
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
  const t = useT();
  const locale = useLocale();
  // Chinese sentences end with a full-width stop and are not spaced apart.
  const gap = locale === 'zh' ? '' : ' ';
  const zeroNote = scale === 'log' ? logZeroNote(rows, t, locale) : '';
  const gapsNote = gapsSentence(t, gaps, showBoth ? mirrorGaps : null);

  const title = t('trade.figureTitle', { reporter: t(REPORTED[reporter]) });
  const units = `${t(scale === 'log' ? 'trade.unitsLog' : 'trade.units')}${
    showBoth ? t('trade.unitsBoth') : ''
  }`;
  const sourceLine = t('trade.sourceLine', {
    ids: sourceIds.join(', '),
    sources: localizePath(paths.sources.href(), locale),
  });

  const download = useCallback(
    async (kind: 'csv' | 'svg' | 'png') => {
      setMessage('');
      try {
        const mod = await loadDownload();
        const base = `china-turkmenistan-trade-${reporter}`;
        if (kind === 'csv') {
          mod.downloadCsv(
            showBoth
              ? mod.bothTradeCsv({ title, rows: both, sources: sourceTitles, t })
              : mod.tradeCsv({
                  title,
                  rows,
                  includeBalance: scale === 'linear',
                  sources: sourceTitles,
                  t,
                }),
            `${base}.csv`,
          );
          return;
        }
        const svg = chartRef.current?.querySelector<SVGSVGElement>(
          '.trade-chart__main svg.recharts-surface',
        );
        if (!svg) {
          setMessage(t('trade.chartPending'));
          return;
        }
        const frame = { title, units, sourceLine };
        if (kind === 'svg') mod.downloadSvg(svg, frame, `${base}-${scale}.svg`);
        else await mod.downloadPng(svg, frame, `${base}-${scale}.png`);
      } catch (err) {
        setMessage(downloadFailure(err, t));
      }
    },
    [reporter, scale, title, units, sourceLine, rows, both, showBoth, sourceTitles, t],
  );

  usePrefetch(loadDownload);
  const tableId = `${uid}-table`;
  return (
    <figure className="panel trade" aria-labelledby="trade-title">
      <figcaption className="trade__caption">
        <h2 id="trade-title">{t('trade.title')}</h2>
        <p className="trade-note">
          {t('trade.note', {
            gas:
              facts.firstGasYear === null ? '' : t('trade.note.gas', { year: facts.firstGasYear }),
          })}
        </p>
      </figcaption>

      <TradeReadout />

      <div className="trade-controls">
        <Checkbox
          className="trade-switch"
          role="switch"
          label={t('trade.logScale')}
          checked={scale === 'log'}
          onChange={(log) => setScale(log ? 'log' : 'linear')}
        />
        <fieldset className="trade-reporter" role="radiogroup" aria-labelledby={`${uid}-reporter`}>
          <legend id={`${uid}-reporter`}>{t('trade.reporter')}</legend>
          {REPORTERS.map((r) => (
            <label key={r.value}>
              <input
                type="radio"
                name={`${uid}-reporter`}
                value={r.value}
                checked={reporter === r.value}
                onChange={() => setReporter(r.value)}
              />
              {t(r.label)}
            </label>
          ))}
        </fieldset>
        <Checkbox
          className="trade-switch"
          label={t('trade.shareToggle')}
          checked={showShare}
          onChange={setShowShare}
        />
        <TableToggle open={showTable} tableId={tableId} onToggle={() => setShowTable((v) => !v)} />
        <DownloadButtons onDownload={(kind) => void download(kind)} />
      </div>
      <p className="trade-note">
        {showBoth ? (
          <>
            <strong>{t('trade.whyDiffer.lead')}</strong> {t('trade.whyDiffer.text')}
            <SourceList ids={facts.mirrorSourceIds} />
            {t('trade.whyDiffer.estimates')}
            {facts.mirrorDerivedYears &&
              t('trade.whyDiffer.derived', { years: facts.mirrorDerivedYears })}
            {t('trade.whyDiffer.legend')}
          </>
        ) : reporter === 'mirror' ? (
          <>
            <strong>{t('trade.mirrorNote.lead')}</strong> {t('trade.mirrorNote.text')}
            <SourceList ids={facts.mirrorSourceIds} />
            {t('trade.mirrorNote.estimates')}
            {facts.mirrorDerivedYears &&
              t('trade.mirrorNote.derived', { years: facts.mirrorDerivedYears })}
            .
          </>
        ) : (
          <>{t('trade.mirrorAbout')}</>
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
        {t('trade.sources')} <SourceList ids={sourceIds} />
        {locale === 'zh' ? '。' : '.'}
        {gapsNote && `${gap}${gapsNote}`}
        {zeroNote && `${gap}${zeroNote}`}
        {dataReporter === 'china' &&
          lowChina.count > 0 &&
          `${gap}${t('trade.lowChina', { years: lowChina.text, count: lowChina.count })}`}
        {showShare && (
          <>
            {gap}
            {t('trade.shareNote')} <SourceRef id={facts.totalSourceId} />{' '}
            {t('trade.shareNote.built', { years: facts.totalYears })}
            {facts.otherTotalSourceIds.length > 0 && (
              <>
                {t('trade.shareNote.cow')}
                <SourceList ids={facts.otherTotalSourceIds} />
                {t('trade.shareNote.cowEnd')}
              </>
            )}
            {locale === 'zh' ? '。' : '.'}
          </>
        )}
      </p>
      {showTable && (
        <Suspense fallback={<p className="trade-note">{t('trade.loadingTable')}</p>}>
          <TradeTables
            id={tableId}
            caption={t('trade.tableCaption', { title })}
            rows={tableRows}
            both={showBoth ? both : null}
          />
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
