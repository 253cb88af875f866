// Build step: bakes every address with content into its own HTML file (the app's real first
// screen, then hydrated by src/main.tsx), plus a not-found page, sitemap.xml and robots.txt.
// src/entry-server.tsx renders each page with React's own static renderer; it is loaded with
// Vite's module runner once the client bundle is written, and its pages are written into the
// client's index.html (its scripts, styles and Content-Security-Policy) before the service
// worker is generated, so the worker precaches them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { rolldown } from 'rolldown';
import { createServer, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { messageCatalogs } from './vite-message-catalogs.ts';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** A baked page, as src/entry-server.tsx renders it. */
interface BakedPage {
  path: string;
  file: string;
  html: string;
  head: string;
  canonical: string | null;
  routeModules: string[];
  /** The page's language (`<html lang>`). */
  lang: string;
  /** The "could not be loaded" bar's words in that language (HTML). */
  stalled: string;
}

/** What src/entry-server.tsx exports (kept in step by hand: this config does not type-check
 * app code). */
interface Server {
  addresses: () => { path: string; file: string }[];
  /** One build's renderer (it prepares each locale once). */
  pageRenderer: () => (
    address: { path: string; file: string },
    origin: string,
  ) => Promise<BakedPage>;
}

/** Where the site is served from, for canonical links, previews and the sitemap (README). */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** `SITE_URL` (e.g. `https://explorer.example.org`), checked, without a trailing slash. */
export function siteOrigin(value = process.env.SITE_URL): string {
  const text = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be http(s): "${text}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The root's markers in index.html: what is between them (and the white space around them,
 * which would be text nodes React does not expect) is replaced by the baked page. */
const APP_SLOT = /\s*<!--app-->[\s\S]*?<!--\/app-->\s*/;
const HEAD_SLOT = /<!--head-->[\s\S]*?<!--\/head-->/;
/** The bar shown when the script never runs, outside the root: its words follow the page's. */
const STALLED_BAR = /(<p class="boot-stalled">)[\s\S]*?(<\/p>)/;

/** The client's index.html with `page` in it: its head tags, its markup, its address, and
 * links to `stylesheets` (its lazily loaded route's), so it is styled before its script runs. */
export function bake(
  template: string,
  page: BakedPage,
  stylesheets: readonly string[] = [],
): string {
  if (!APP_SLOT.test(template) || !HEAD_SLOT.test(template) || !STALLED_BAR.test(template))
    throw new Error('index.html has lost its <!--head--> or <!--app--> markers or its stalled bar');
  return template
    .replace(HEAD_SLOT, () => page.head)
    .replace('</head>', () =>
      [
        ...stylesheets
          .filter((href) => !template.includes(`href="${href}"`))
          .map((href) => `  <link rel="stylesheet" crossorigin href="${escapeAttr(href)}">\n`),
        '  </head>',
      ].join(''),
    )
    .replace(APP_SLOT, () => page.html)
    .replace(
      STALLED_BAR,
      (_, open: string, close: string) => `${open}\n      ${page.stalled}\n    ${close}`,
    )
    .replace('<div id="root">', `<div id="root" data-prerendered="${escapeAttr(page.path)}">`)
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeAttr(page.lang)}">`);
}

/** The app's entry script and the hints to fetch its chunks, as Vite writes them in index.html. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * The template with the app's entry script (and its `modulepreload` hints) replaced by the boot
 * script `boot` (src/boot.ts), which fetches them once the baked page has painted: a baked page
 * is its own first screen, and code fetched and run before its first paint only delays it.
 */
export function deferAppScript(template: string, boot: string): string {
  const scripts = template.match(new RegExp(ENTRY_SCRIPT.source, 'g')) ?? [];
  const app = template.match(ENTRY_SCRIPT)?.[1];
  if (scripts.length !== 1 || !app)
    throw new Error("index.html should have exactly one script, the app's entry");
  const preload = [...template.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  return template
    .replace(MODULE_PRELOAD, '')
    .replace(
      ENTRY_SCRIPT,
      () =>
        `<script type="module" crossorigin src="${escapeAttr(boot)}" data-app="${escapeAttr(app)}"` +
        ` data-preload="${escapeAttr(preload.join(' '))}"></script>`,
    );
}

export function sitemap(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeAttr(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function robots(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}

/** Stylesheets are the client's: the server render only needs the markup. */
const NO_CSS = '\0prerender-no-css';
const noStylesheets: Plugin = {
  name: 'prerender-no-css',
  enforce: 'pre',
  resolveId: (id) => (/\.css(\?|$)/.test(id) ? NO_CSS : undefined),
  load: (id) => (id === NO_CSS ? 'export default "";' : undefined),
};

/** The stylesheets (URLs) of the chunks built from `moduleIds` and of every chunk they import. */
function stylesheetsOf(bundle: OutputBundle, root: string, moduleIds: readonly string[]): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((file) => css.add(`/${file}`));
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  for (const moduleId of moduleIds) {
    const target = resolve(root, moduleId);
    const start = chunks.find((c) => c.facadeModuleId === target);
    if (!start) throw new Error(`prerender: no chunk was built from ${moduleId}`);
    visit(start);
  }
  return [...css];
}

/** src/boot.ts and what it imports, in one ES module, for the app's build target and minified
 * as the app is. */
async function bundleBoot(build: ResolvedConfig['build']): Promise<string> {
  const input = fileURLToPath(new URL('../src/boot.ts', import.meta.url));
  const target = build.target || undefined;
  const bundle = await rolldown({ input, platform: 'browser', transform: { target } });
  try {
    const { output } = await bundle.generate({ format: 'esm', minify: Boolean(build.minify) });
    const [chunk, ...rest] = output;
    if (!chunk || rest.length > 0) throw new Error('prerender: the boot script is not one file');
    return chunk.code;
  } finally {
    await bundle.close();
  }
}

export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  let bundle: OutputBundle | undefined;
  let boot: string | undefined;
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      if (config.build.ssr) return;
      // The boot script is bundled on its own, self-contained: a module it shared with the app
      // would be a chunk of its own, one more request in a chain before the first paint
      // (HTML, boot, shared chunk). Its few shared lines are in the app's chunk too.
      const ref = this.emitFile({
        type: 'asset',
        name: 'boot.js',
        source: await bundleBoot(config.build),
      });
      boot = `${config.base}${this.getFileName(ref)}`;
    },
    writeBundle(_options, output) {
      bundle = output;
    },
    // Before vite-plugin-pwa's own closeBundle, which globs the output for its precache.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        const entry = fileURLToPath(new URL('../src/entry-server.tsx', import.meta.url));
        // A module runner in a server of its own, kept open while pages render: lazily
        // loaded routes are imported as React renders them.
        const vite = await createServer({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          appType: 'custom',
          plugins: [noStylesheets, react(), messageCatalogs()],
          define: config.define,
          resolve: { alias: config.resolve.alias },
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        const origin = siteOrigin();
        if (!boot) throw new Error('prerender: the boot script was not built');
        const template = deferAppScript(readFileSync(join(outDir, 'index.html'), 'utf8'), boot);
        const canonical = new Set<string>();
        try {
          const server = (await vite.ssrLoadModule(entry)) as Server;
          const renderPage = server.pageRenderer();
          for (const address of server.addresses()) {
            const page = await renderPage(address, origin);
            const file = join(outDir, page.file);
            mkdirSync(dirname(file), { recursive: true });
            const css = bundle ? stylesheetsOf(bundle, config.root, page.routeModules) : [];
            writeFileSync(file, bake(template, page, css));
            if (page.canonical) canonical.add(page.canonical);
          }
        } finally {
          await vite.close();
        }
        writeFileSync(join(outDir, 'sitemap.xml'), sitemap([...canonical]));
        writeFileSync(join(outDir, 'robots.txt'), robots(origin));
      },
    },
  };
}
