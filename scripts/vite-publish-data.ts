// Build step: the data version (as `__DATA_VERSION__`) and the files under /data/, made from the
// validated dataset by scripts/publish-data-entry.ts. That module is loaded with Vite's module
// runner when the config is resolved, so vite.config.ts imports no app code.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { buildData } from './publish-data-entry.ts';

type Built = ReturnType<typeof buildData>;

export function publishData(): Plugin {
  let built: Built | undefined;
  return {
    name: 'publish-data',
    async config() {
      const entry = fileURLToPath(new URL('./publish-data-entry.ts', import.meta.url));
      const { module } = await runnerImport<{ buildData: typeof buildData }>(entry, {
        configFile: false,
        logLevel: 'warn',
      });
      built = module.buildData(process.env.SITE_URL?.replace(/\/$/, '') || null);
      return { define: { __DATA_VERSION__: JSON.stringify(built.version) } };
    },
    generateBundle() {
      if (this.environment?.config.consumer === 'server') return;
      for (const file of built?.files ?? []) {
        this.emitFile({ type: 'asset', fileName: `data/${file.path}`, source: file.text });
      }
    },
  };
}
