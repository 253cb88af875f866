import { strToU8, zipSync } from 'fflate';
import { publishedFiles } from '../../data/publish';
import type { CiteContext } from '../../data/publish/citation';
import type { EnergyDataset } from '../../data/energySchema';
import type { Dataset } from '../../data/schema';

/**
 * "Download all data (ZIP)": every file under /data/ (made by the same code as the build's),
 * in one folder named after the data version. Loaded with `import()` on the button's press.
 * fflate (zipSync, deflate): 4.4 KiB gzip in this chunk, synchronous and testable in Node.
 */
export function zipFolderName(ctx: CiteContext): string {
  return `china-turkmenistan-data-${ctx.version.label}`;
}

export function buildDataZip(
  dataset: Dataset,
  ctx: CiteContext,
  energy?: EnergyDataset,
): Uint8Array {
  const folder = zipFolderName(ctx);
  const mtime = new Date(`${ctx.version.date}T00:00:00Z`);
  return zipSync(
    Object.fromEntries(
      publishedFiles(dataset, ctx, energy).map((f) => [
        `${folder}/${f.path}`,
        [strToU8(f.text), { mtime }],
      ]),
    ),
    { level: 9 },
  );
}
