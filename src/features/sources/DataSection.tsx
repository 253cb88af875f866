import '../../data/i18n/later';
import { useMemo, useState } from 'react';
import { DATA_VERSION } from '../../data/dataVersion';
import { publishedFiles } from '../../data/publish';
import { explorerCitation, type CiteContext } from '../../data/publish/citation';
import type { Dataset } from '../../data/schema';
import { useEnergyData } from '../../store/selectors';
import { CiteBlock } from '../../ui/CiteBlock';
import { useOrigin, useToday } from '../../ui/clientValue';
import { saveFile } from '../../ui/saveFile';
import { useT } from '../../routing/locale';
import { paths } from '../../routing/paths';

function DownloadZip({ dataset, ctx }: { dataset: Dataset; ctx: CiteContext }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const t = useT();
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
      <button
        type="button"
        className="button--primary"
        onClick={() => void download()}
        disabled={state === 'busy'}
      >
        {t('data.zip')}
      </button>{' '}
      {state === 'busy' && <span role="status">{t('data.zipBusy')}</span>}
      {state === 'failed' && <span role="alert">{t('data.zipFailed')}</span>}
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
  const t = useT();
  return (
    <section className="data-downloads" id="data" tabIndex={-1} aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p>
        {t('data.version')} <strong className="data-version">{DATA_VERSION.label}</strong>
        {t('data.versionText')}
      </p>
      <DownloadZip dataset={dataset} ctx={ctx} />
      <p>{t('data.filesText')}</p>
      <ul className="data-downloads__files" aria-label={t('data.files')}>
        {files.map((f) => (
          <li key={f.path}>
            <a href={paths.data.href(f.path)} download>
              {f.path}
            </a>
          </li>
        ))}
      </ul>
      <CiteBlock citation={citation} heading={t('data.cite')} what={t('data.citeWhat')} />
    </section>
  );
}
