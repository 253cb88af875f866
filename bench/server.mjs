// Builds the app with Vite's JS API into a temp folder and serves it with `vite preview`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

/**
 * Returns `{ baseUrl, outDir, close }`; `close` stops the server and removes the build.
 * `minify: false` keeps the code's names (for profiles), at some cost in speed and bytes.
 */
export async function buildAndServe({ minify = true } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'ctr-bench-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, minify } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no address');
  return {
    baseUrl: url.replace(/\/$/, ''),
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
