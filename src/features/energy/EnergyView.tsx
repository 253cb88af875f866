import '../../data/i18n/later';
import { localizePath, paths } from '../../routing/paths';
import { TableToggle } from '../../ui/TableToggle';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { downloadFailure } from '../../ui/downloadFailure';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { CheckedArticleClaim } from '../../data/claimsEnergy';
import { describeYears } from '../../data/claims';
import type { ExplorerStore } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import type { EnergyData } from '../../data/energyDataset';
import { selectModel, useEnergyData } from '../../store/selectors';
import { useLocale, useT } from '../../routing/locale';
import { quoteTranslation, VERDICT_GLYPH, verdictLabel } from '../../ui/claimLabels';
import { ClaimQuote } from '../../ui/ClaimQuote';
import { messageNodes } from '../../ui/messageNodes';
import { AppLink } from '../../routing/navigation';
import { SourceRef, SourceRefList } from '../../ui/SourceRef';
import { VerdictNoteText } from '../../ui/VerdictNoteText';
import { EnergyCharts } from './EnergyChart';
import { EnergyReadout } from './EnergyReadout';
import { EnergyTables } from './EnergyTables';
import { destinationColor, destinationNamer, energyCsv } from './energyModel';
import { selectEnergyClaims, selectEnergyModel } from './selectors';
import './energy.css';
import { LoadErrors } from '../../ui/LoadErrors';

const selectSetYear = (s: ExplorerStore) => s.setYear;

/**
 * Where Turkmenistan's pipeline gas goes, year by year (Statistical Review), and how full the
 * lines to China run. Loaded lazily, off the first screen, like the map; its data too.
 */
export function EnergyView() {
  const t = useT();
  const energy = useEnergyData();
  if (energy.status === 'ready') return <EnergyFigure energy={energy.data} />;
  return (
    <section
      className="panel energy"
      aria-labelledby="energy-title"
      aria-busy={energy.status !== 'error'}
    >
      <h2 id="energy-title">{t('energy.title')}</h2>
      {energy.status === 'error' ? (
        <LoadErrors message={t('energy.loadError')} errors={energy.errors} />
      ) : (
        <p>{t('energy.loading')}</p>
      )}
    </section>
  );
}

function EnergyFigure({ energy }: { energy: EnergyData }) {
  const t = useT();
  const locale = useLocale();
  const model = useExplorer(selectModel);
  const { dataset } = model;
  const name = useMemo(
    () => destinationNamer(model.localization?.content.names),
    [model.localization],
  );
  const quoteOf = useCallback(
    (claim: CheckedArticleClaim['claim']) => quoteTranslation(model, claim) ?? claim.quote,
    [model],
  );
  const setYear = useExplorer(selectSetYear);
  const { sourcesById } = energy;
  const em = selectEnergyModel(energy);
  const claims = selectEnergyClaims(dataset, energy);
  const [showTable, setShowTable] = useState(false);
  const [message, setMessage] = useState('');
  const chartRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const tableId = `${uid}-energy-table`;

  const download = useCallback(
    async (kind: 'csv' | 'svg' | 'png') => {
      setMessage('');
      try {
        const mod = await import('../../ui/download');
        const base = 'turkmenistan-gas-exports';
        if (kind === 'csv') {
          mod.downloadCsv(energyCsv(em, sourcesById, t, locale, name), `${base}.csv`);
          return;
        }
        const svg = chartRef.current?.querySelector<SVGSVGElement>(
          '.energy-chart__main svg.recharts-surface',
        );
        if (!svg) {
          setMessage(t('energy.chartPending'));
          return;
        }
        const frame = {
          title: t('energy.frameTitle', {
            title: t('energy.title'),
            from: em.firstYear,
            to: em.lastYear,
          }),
          units: t('energy.frameUnits', { years: describeYears(em.incompleteYears, locale) }),
          sourceLine: t('energy.frameSource', {
            first: em.sourceIds[0] ?? '',
            last: em.sourceIds.at(-1) ?? '',
            sources: localizePath(paths.sources.href(), locale),
          }),
        };
        if (kind === 'svg') mod.downloadSvg(svg, frame, `${base}.svg`);
        else await mod.downloadPng(svg, frame, `${base}.png`);
      } catch (err) {
        setMessage(downloadFailure(err, t));
      }
    },
    [em, sourcesById, t, locale, name],
  );

  return (
    <figure className="panel energy" aria-labelledby="energy-title">
      <figcaption className="energy__caption">
        <h2 id="energy-title">{t('energy.title')}</h2>
        <p className="energy-note">{t('energy.intro')}</p>
      </figcaption>

      <EnergyReadout model={em} name={name} />

      <div className="energy-controls">
        <TableToggle open={showTable} tableId={tableId} onToggle={() => setShowTable((v) => !v)} />
        <DownloadButtons onDownload={(kind) => void download(kind)} />
      </div>
      {message && (
        <p className="energy-message" role="alert">
          {message}
        </p>
      )}

      <ul className="energy-legend" aria-label={t('energy.legend')}>
        {em.destinations.map((d) => (
          <li key={d}>
            <span
              className="energy-swatch"
              style={{ background: destinationColor(d) }}
              aria-hidden="true"
            />
            {d.startsWith('Other') ? t('energy.legendGroup', { name: name(d) }) : name(d)}
          </li>
        ))}
        <li>
          <span className="energy-swatch energy-swatch--hatch" aria-hidden="true" />
          {t('energy.legendIncomplete')}
        </li>
        <li>
          <span className="energy-legend__diamond" aria-hidden="true">
            ◇
          </span>{' '}
          {t('energy.legendClaims')}
        </li>
      </ul>
      <div ref={chartRef}>
        <EnergyCharts
          model={em}
          claims={claims}
          onSelectYear={setYear}
          name={name}
          quoteOf={quoteOf}
        />
      </div>

      <p className="energy-note energy-sources">
        {messageNodes(
          t,
          'energy.sourcesNote',
          {
            incomplete: (
              <strong>
                {t('energy.incompleteYears', { years: describeYears(em.incompleteYears, locale) })}
              </strong>
            ),
            russia: <span lang="en">Russia</span>,
            federation: <span lang="en">Russian Federation</span>,
            lines: <SourceRefList ids={em.capacitySourceIds} />,
            first: <SourceRef id={em.sourceIds[0] ?? ''} />,
            last: <SourceRef id={em.sourceIds.at(-1) ?? ''} />,
          },
          { russiaYear: em.years.find((g) => !g.incomplete)?.year ?? '' },
        )}
      </p>

      <section className="energy-claims" aria-labelledby="energy-claims-title">
        <h3 id="energy-claims-title">{t('energy.claimsTitle')}</h3>
        <ul>
          {claims.map(({ claim, result }) => (
            <li key={claim.id} data-verdict={result.verdict}>
              <span className="energy-claims__year">{claim.year}</span> <ClaimQuote claim={claim} />{' '}
              —{' '}
              <strong>
                <span aria-hidden="true">{VERDICT_GLYPH[result.verdict]} </span>
                {verdictLabel(t, result.verdict)}
              </strong>
              {locale === 'zh' ? '。' : '. '}
              <VerdictNoteText note={result.noteParts} />{' '}
              <AppLink to={paths.claims.href(claim.id)}>{t('energy.claimsLink')}</AppLink>
            </li>
          ))}
        </ul>
      </section>

      {showTable && <EnergyTables id={tableId} model={em} name={name} />}
    </figure>
  );
}
