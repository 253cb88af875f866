// Build step: the data version and the files under /data/, made from the validated dataset by
// the same code the app uses (src/data/publish). Imported by vite.config.ts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { rawDataset } from '../src/data/dataset.ts';
import { publishedFiles } from '../src/data/publish/index.ts';
import { canonicalJson, makeDataVersion, type DataVersion } from '../src/data/publish/version.ts';
import type { Dataset } from '../src/data/schema.ts';
import { parseDataset } from '../src/data/validate.ts';

export function validatedDataset(): Dataset {
  const result = parseDataset(rawDataset);
  if (!result.ok) throw new Error(`The dataset is invalid:\n${result.errors.join('\n')}`);
  return result.dataset;
}

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

export function computeDataVersion(dataset: Dataset): DataVersion {
  const hash = createHash('sha256').update(canonicalJson(dataset)).digest('hex').slice(0, 8);
  return makeDataVersion(hash, datasetDate());
}

/** Writes every published file into the build's `data/` folder. */
export function publishData(dataset: Dataset, version: DataVersion): Plugin {
  return {
    name: 'publish-data',
    apply: 'build',
    generateBundle() {
      const siteUrl = process.env.SITE_URL?.replace(/\/$/, '') || null;
      for (const file of publishedFiles(dataset, { version, url: siteUrl })) {
        this.emitFile({ type: 'asset', fileName: `data/${file.path}`, source: file.text });
      }
    },
  };
}
