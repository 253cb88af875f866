/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Connect } from 'vite';
import { CONTENT_SECURITY_POLICY, devHeadersFor, hostHeadersFor } from './src/app/csp.ts';
import { withoutTrailingSlash } from './src/routing/trailingSlash.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { publishData } from './scripts/vite-publish-data.ts';
import { messageCatalogs } from './scripts/vite-message-catalogs.ts';
import { prerenderPages, siteOrigin } from './scripts/vite-prerender.ts';

/** Sends each response the framing headers of its path: the embed addresses may be framed by any
 * site, nothing else by any (src/app/csp.ts). */
const framingHeaders =
  (headersFor: (url: string) => Readonly<Record<string, string>>): Connect.NextHandleFunction =>
  (req, res, next) => {
    for (const [name, value] of Object.entries(headersFor(req.url ?? '/')))
      res.setHeader(name, value);
    next();
  };

/** Sends an address with a trailing slash to its page's own address (src/routing/trailingSlash). */
const canonicalAddress: Connect.NextHandleFunction = (req, res, next) => {
  const target =
    req.method === 'GET' || req.method === 'HEAD' ? withoutTrailingSlash(req.url ?? '/') : null;
  if (target === null) return next();
  res.statusCode = 301;
  res.setHeader('Location', target);
  res.end();
};

export default defineConfig({
  plugins: [
    react(),
    // React Router 7's package exports name only its development build (remix-run/react-router
    // #12532, #14102); a production build takes the production one.
    {
      name: 'react-router-production',
      apply: (_, { command, mode }) => command === 'build' && mode === 'production',
      config: () => ({
        resolve: {
          alias: [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ],
        },
      }),
    },
    // The interface's message catalogs, compiled to functions by messageformat (no parser).
    messageCatalogs(),
    // /data/: the published files, from the same validated dataset as the app.
    publishData(),
    // Every address with content baked into its own HTML file, with its head tags; a not-found
    // page, sitemap.xml and robots.txt (scripts/vite-prerender.ts, src/entry-server.tsx).
    prerenderPages(),
    // Offline after the first visit. The worker is built only by `vite build` (never in the dev
    // server: devOptions.enabled is false); the app registers it itself, after the first screen
    // (src/app/serviceWorker.ts), so there is no inline script, and never in unit tests.
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      devOptions: { enabled: false },
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'China–Turkmenistan Relations Explorer',
        short_name: 'China–Turkmenistan',
        description:
          'Trade, events and the Central Asia–China gas pipeline, every figure with its source.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5f73',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The top pages (/, /sources, /claims, /story, the not-found page), every chunk, the
        // styles, the icons and every file under /data/. The other baked pages (each event and
        // chapter, about 12 KiB gzip each) are not precached: they are cached as they are
        // visited (below).
        globPatterns: [
          '*.html',
          '**/*.{js,css,svg,png,ico,woff,woff2,webmanifest,json,csv,geojson,md,cff,bib}',
        ],
        // A precached page is served for its address (`/sources` from `sources.html`: Workbox's
        // cleanURLs) whatever its query string (`/?year=2010` is the baked `/`, whose script
        // then reads the year).
        ignoreURLParametersMatching: [/.*/],
        // Any other page: from the network, kept for offline use; offline and never visited,
        // the baked explorer, whose script renders what the app has at that address. The
        // published files are served as files.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' &&
              !url.pathname.startsWith('/data/') &&
              // The embed addresses go to the network: a page kept by the worker would carry the
              // headers of another address, which refuse framing (src/app/csp.ts).
              // (This function is copied into the worker as its source: no imported names.)
              !/^\/(?:ru\/|zh\/)?embed\//.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'pages',
              networkTimeoutSeconds: 4,
              matchOptions: { ignoreSearch: true },
              expiration: { maxEntries: 80 },
              precacheFallback: { fallbackURL: 'index.html' },
            },
          },
        ],
        cleanupOutdatedCaches: true,
      },
    }),
    {
      // Before Vite's own middlewares, so that every response, files and pages, has them.
      name: 'framing-headers',
      configureServer: (server) => void server.middlewares.use(framingHeaders(devHeadersFor)),
      configurePreviewServer: (server) =>
        void server.middlewares.use(framingHeaders(hostHeadersFor)),
    },
    {
      // `/zh/` to `/zh`, as docs/addresses.md asks of a static host: the baked page, not another.
      name: 'canonical-addresses',
      configureServer: (server) => void server.middlewares.use(canonicalAddress),
      configurePreviewServer: (server) => void server.middlewares.use(canonicalAddress),
    },
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
  define: {
    __SITE_URL__: JSON.stringify(siteOrigin()),
    __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)),
  },
  resolve: {
    // Test helpers are imported as `@tests/support/…` (the same alias is in tsconfig.app.json).
    alias: { '@tests': fileURLToPath(new URL('./tests', import.meta.url)) },
  },
  // Framing by other sites refused (a meta tag cannot say so), but for the embed addresses: the
  // 'framing-headers' plugin above sends each path its own (src/app/csp.ts).
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically (the first screen) in one chunk, the entry's
        // own: left to itself, Rolldown splits what the first screen shares with a lazily loaded
        // chunk into a dozen small ones, which gzip worse (about 4 KiB more) and cost a request
        // each. The boot script is bundled apart (scripts/vite-prerender.ts).
        codeSplitting: {
          groups: [
            {
              name: 'index',
              tags: ['$initial'],
            },
          ],
        },
      },
    },
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
          // One more try for a browser test that fails: a loaded machine now and then leaves a
          // page without an answer for a while (docs/architecture.md, "Tests").
          // A test that fails twice fails the run, and a retry is never silent in the log.
          retry: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
