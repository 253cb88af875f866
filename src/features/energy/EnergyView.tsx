import { paths } from '../../routing/paths';
import { TableToggle } from '../../ui/TableToggle';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { DrawingPending, downloadFailure } from '../../ui/downloadFailure';
import { useCallback, useId, useRef, useState } from 'react';
import { describeYears } from '../../data/claims';
import type { ExplorerStore } from '../../store/explorerStore';
import { useExplorer } from '../../store/StoreProvider';
import type { EnergyData } from '../../data/energyDataset';
import { selectModel, useEnergyData } from '../../store/selectors';
import { AppLink } from '../../routing/navigation';
import { SourceRef } from '../../ui/SourceRef';
import { EnergyCharts } from './EnergyChart';
import { EnergyReadout } from './EnergyReadout';
import { EnergyTables } from './EnergyTables';
import { destinationColor, energyCsv } from './energyModel';
import { selectEnergyClaims, selectEnergyModel } from './selectors';
import './energy.css';

const selectSetYear = (s: ExplorerStore) => s.setYear;
const VERDICT_GLYPH = { matches: '✓', differs: '✗', 'cannot be checked': '?' } as const;

const TITLE = 'Turkmenistan’s gas exports by destination';

/**
 * Where Turkmenistan's pipeline gas goes, year by year (Statistical Review), and how full the
 * lines to China run. Loaded lazily, off the first screen, like the map; its data too.
 */
export function EnergyView() {
  const energy = useEnergyData();
  if (energy.status === 'ready') return <EnergyFigure energy={energy.data} />;
  return (
    <section
      className="panel energy"
      aria-labelledby="energy-title"
      aria-busy={energy.status !== 'error'}
    >
      <h2 id="energy-title">{TITLE}</h2>
      {energy.status === 'error' ? (
        <div role="alert">
          <p>The gas export data could not be shown:</p>
          <ul>
            {energy.errors.slice(0, 5).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Loading the gas exports…</p>
      )}
    </section>
  );
}

function EnergyFigure({ energy }: { energy: EnergyData }) {
  const { dataset } = useExplorer(selectModel);
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
          mod.downloadCsv(energyCsv(em, sourcesById), `${base}.csv`);
          return;
        }
        const svg = chartRef.current?.querySelector<SVGSVGElement>(
          '.energy-chart__main svg.recharts-surface',
        );
        if (!svg)
          throw new DrawingPending(
            'the chart is not drawn yet. Scroll to it, wait a moment, and try again.',
          );
        const frame = {
          title: `${TITLE}, ${em.firstYear}–${em.lastYear}`,
          units: `Billion cubic metres (bcm). ${describeYears(em.incompleteYears)}: incomplete (no trade within the former Soviet Union).`,
          sourceLine: `Sources: Energy Institute Statistical Review of World Energy (BP editions before 2023), ${em.sourceIds[0]}–${em.sourceIds.at(-1)} (see /sources).`,
        };
        if (kind === 'svg') mod.downloadSvg(svg, frame, `${base}.svg`);
        else await mod.downloadPng(svg, frame, `${base}.png`);
      } catch (err) {
        setMessage(downloadFailure(err));
      }
    },
    [em, sourcesById],
  );

  return (
    <figure className="panel energy" aria-labelledby="energy-title">
      <figcaption className="energy__caption">
        <h2 id="energy-title">{TITLE}</h2>
        <p className="energy-note">
          Where Turkmenistan’s gas went each year, in billion cubic metres, as the Statistical
          Review’s pipeline trade tables give it.
        </p>
      </figcaption>

      <EnergyReadout model={em} />

      <div className="energy-controls">
        <TableToggle open={showTable} tableId={tableId} onToggle={() => setShowTable((v) => !v)} />
        <DownloadButtons onDownload={(kind) => void download(kind)} />
      </div>
      {message && (
        <p className="energy-message" role="alert">
          {message}
        </p>
      )}

      <ul className="energy-legend" aria-label="Destinations">
        {em.destinations.map((d) => (
          <li key={d}>
            <span
              className="energy-swatch"
              style={{ background: destinationColor(d) }}
              aria-hidden="true"
            />
            {d}
            {d.startsWith('Other') && ' (group)'}
          </li>
        ))}
        <li>
          <span className="energy-swatch energy-swatch--hatch" aria-hidden="true" />
          incomplete year
        </li>
        <li>
          <span className="energy-legend__diamond" aria-hidden="true">
            ◇
          </span>{' '}
          the article’s figure (✓ matches, ✗ differs)
        </li>
      </ul>
      <div ref={chartRef}>
        <EnergyCharts model={em} claims={claims} onSelectYear={setYear} />
      </div>

      <p className="energy-note energy-sources">
        <strong>{describeYears(em.incompleteYears)} are incomplete</strong> (hatched, lighter): the
        BP editions of those years leave out trade between former Soviet republics, so Turkmen gas
        to Russia, Ukraine and other CIS states is not there, and shares are not computed. Russia
        appears from {em.years.find((g) => !g.incomplete)?.year}. “Russia” and “Russian Federation”
        in the editions are one country here; “Other …” rows are groups of importers. Capacity:
        Lines A–D in service at the end of each year, from the pipeline dataset (
        <SourceRef id="GEM_GGIT_2024_10" /> and the lines’ milestones). Gas: the Statistical Review,
        one edition per year (
        <SourceRef id={em.sourceIds[0] ?? ''} />–
        <SourceRef id={em.sourceIds.at(-1) ?? ''} />
        ).
      </p>

      <section className="energy-claims" aria-labelledby="energy-claims-title">
        <h3 id="energy-claims-title">The article’s energy claims</h3>
        <ul>
          {claims.map(({ claim, result }) => (
            <li key={claim.id} data-verdict={result.verdict}>
              <span className="energy-claims__year">{claim.year}</span> <q>{claim.quote}</q> —{' '}
              <strong>
                <span aria-hidden="true">{VERDICT_GLYPH[result.verdict]} </span>
                {result.verdict}
              </strong>
              . {result.note}{' '}
              <AppLink to={paths.claims.href(claim.id)}>In the list of claims</AppLink>
            </li>
          ))}
        </ul>
      </section>

      {showTable && <EnergyTables id={tableId} model={em} />}
    </figure>
  );
}
