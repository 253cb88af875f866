import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder the build is in (tests/e2e/offline.e2e.ts serves it again for its own use). */
    outDir: string;
  }
}

/** Builds the app once into a temp folder and serves it on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'ctr-e2e-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  // The browser tests must drive what users get: the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('outDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
