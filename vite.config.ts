/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, FRAME_HEADERS, HOST_HEADERS } from './src/app/csp.ts';

export default defineConfig({
  plugins: [
    react(),
    {
      // The built page carries its Content-Security-Policy; the dev server (which injects
      // inline scripts for hot reload) does not.
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  resolve: {
    // Test helpers are imported as `@tests/support/…` (the same alias is in tsconfig.app.json).
    alias: { '@tests': fileURLToPath(new URL('./tests', import.meta.url)) },
  },
  // Framing by other sites refused (a meta tag cannot say so): see src/app/csp.ts.
  server: { headers: { ...FRAME_HEADERS } },
  preview: { headers: { ...HOST_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: [
            'src/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
            'tests/data/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['tests/setup/unit.ts'],
          // Longer than the 10 s async-query timeout in the setup, so a slow lazy import shows
          // as the query's own message rather than a bare test timeout.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
