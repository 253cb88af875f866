import { useMemo, useState } from 'react';
import { DATA_VERSION } from '../../data/dataVersion';
import { publishedFiles } from '../../data/publish';
import { explorerCitation, type CiteContext } from '../../data/publish/citation';
import type { Dataset } from '../../data/schema';
import { useEnergyData } from '../../store/selectors';
import { CiteBlock } from '../../ui/CiteBlock';
import { useOrigin, useToday } from '../../ui/clientValue';
import { saveFile } from '../../ui/saveFile';

function DownloadZip({ dataset, ctx }: { dataset: Dataset; ctx: CiteContext }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const [{ buildDataZip, zipFolderName }, { loadEnergyData }] = await Promise.all([
        import('./dataZip'),
        import('../../data/energyDataset'),
      ]);
      // The same files as /data/: the energy data's too (validated here if no view loaded it yet).
      const energy = loadEnergyData(dataset);
      const bytes = buildDataZip(dataset, ctx, energy.ok ? energy.data.dataset : undefined);
      saveFile(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        `${zipFolderName(ctx)}.zip`,
      );
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <p className="data-downloads__zip">
      <button type="button" onClick={() => void download()} disabled={state === 'busy'}>
        Download all data (ZIP)
      </button>{' '}
      {state === 'busy' && <span role="status">Preparing the ZIP…</span>}
      {state === 'failed' && (
        <span role="alert">
          The ZIP could not be made. Download the files one by one from the list below.
        </span>
      )}
    </p>
  );
}

/** The published data: the version, the files under /data/, the ZIP and how to cite. */
export function DataSection({ dataset }: { dataset: Dataset }) {
  const origin = useOrigin();
  const accessed = useToday();
  const ctx = useMemo<CiteContext>(
    () => ({ version: DATA_VERSION, url: `${origin}/`, accessed }),
    [origin, accessed],
  );
  const energy = useEnergyData();
  const energyDataset = energy.status === 'ready' ? energy.data.dataset : undefined;
  const files = useMemo(
    () => publishedFiles(dataset, { ...ctx, url: null }, energyDataset),
    [dataset, ctx, energyDataset],
  );
  const citation = useMemo(() => explorerCitation(ctx), [ctx]);
  return (
    <section className="data-downloads" id="data" tabIndex={-1} aria-labelledby="data-heading">
      <h2 id="data-heading">Data and how to cite</h2>
      <p>
        Data version <strong className="data-version">{DATA_VERSION.label}</strong>: the date the
        dataset last changed and a short hash of its content. It is written into every download.
      </p>
      <DownloadZip dataset={dataset} ctx={ctx} />
      <p>
        The files, with a README (what each file is, units, caveats and gaps), the licences and
        credit lines, and the citation. File and column names are stable.
      </p>
      <ul className="data-downloads__files" aria-label="Data files">
        {files.map((f) => (
          <li key={f.path}>
            <a href={`/data/${f.path}`} download>
              {f.path}
            </a>
          </li>
        ))}
      </ul>
      <CiteBlock citation={citation} heading="How to cite the explorer" what="the explorer" />
    </section>
  );
}
