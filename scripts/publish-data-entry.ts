// The build's data step, run by scripts/vite-publish-data.ts through Vite's module runner (so
// vite.config.ts itself imports no app code): validates the dataset, computes the data version
// (of the core dataset and the energy data) and makes every file under /data/ with
// src/data/publish, the code the app's ZIP uses too.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rawDataset } from '../src/data/dataset';
import { loadEnergyData } from '../src/data/energyDataset';
import { publishedFiles, type PublishedFile } from '../src/data/publish';
import { canonicalJson, makeDataVersion, type DataVersion } from '../src/data/publish/version';
import { requireRoutes } from '../src/data/routes';
import { parseDataset } from '../src/data/validate';

/** The day the dataset last changed: its last commit under src/data/raw, else today (UTC). */
function datasetDate(): string {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'src/data/raw'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(out)) return out;
  } catch {
    // not a git checkout: fall through
  }
  return new Date().toISOString().slice(0, 10);
}

export function buildData(siteUrl: string | null): {
  version: DataVersion;
  files: PublishedFile[];
} {
  const result = parseDataset(rawDataset);
  if (!result.ok) throw new Error(`The dataset is invalid:\n${result.errors.join('\n')}`);
  const energy = loadEnergyData(result.dataset);
  if (!energy.ok) throw new Error(`The energy data is invalid:\n${energy.errors.join('\n')}`);
  const routes = requireRoutes(result.dataset.lines);
  // The version covers everything published: the core dataset and the energy data. The
  // routes, which ship apart (src/data/routes.ts), are hashed in their lines as they were.
  const lines = result.dataset.lines.map((l) => ({ ...l, coordinates: routes.get(l.id) }));
  const hash = createHash('sha256')
    .update(canonicalJson({ ...result.dataset, lines, energy: energy.data.dataset }))
    .digest('hex')
    .slice(0, 8);
  const version = makeDataVersion(hash, datasetDate());
  return {
    version,
    files: publishedFiles(result.dataset, { version, url: siteUrl }, energy.data.dataset),
  };
}
