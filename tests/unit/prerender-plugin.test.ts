import { describe, expect, it } from 'vitest';
import { bake, deferAppScript, robots, siteOrigin, sitemap } from '../../scripts/vite-prerender';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <!--head-->
    <title>Old</title>
    <!--/head-->
    <link rel="stylesheet" crossorigin href="/assets/index.css">
  </head>
  <body>
    <div id="root">
      <!--app-->
      <div class="boot">Loading…</div>
      <!--/app-->
    </div>
    <p class="boot-stalled">
      Could not be loaded. <a href="">Reload</a>
    </p>
  </body>
</html>`;

const page = {
  path: '/events/a&b',
  file: 'events/a&b.html',
  html: '<main>baked</main>',
  head: '<title>New</title>',
  canonical: 'https://x.example/events/a&b',
  routeModules: [],
  lang: 'en',
  stalled: 'Could not be loaded. <a href="">Reload</a>',
};

describe('bake', () => {
  it("puts the page's head, markup and address into the template, with no stray white space", () => {
    const html = bake(TEMPLATE, page, ['/assets/index.css', '/assets/Route.css']);
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('Old');
    expect(html).not.toContain('class="boot"');
    // React's container holds exactly what it rendered: a text node would be a mismatch.
    expect(html).toContain(
      '<div id="root" data-prerendered="/events/a&amp;b"><main>baked</main></div>',
    );
    // The route's stylesheet is linked once; the template's own is not repeated.
    expect(html.match(/index\.css/g)).toHaveLength(1);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/Route.css">');
  });

  it("sets the page's language on <html>", () => {
    const html = bake(TEMPLATE, { ...page, path: '/zh/sources', lang: 'zh-Hans' });
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).not.toContain('<html lang="en">');
  });

  it("says in the page's language that the script could not be loaded", () => {
    const stalled = 'Не загрузилось. <a href="">Перезагрузить</a>';
    const html = bake(TEMPLATE, { ...page, path: '/ru', lang: 'ru', stalled });
    expect(html).toContain(`<p class="boot-stalled">\n      ${stalled}\n    </p>`);
    expect(html).not.toContain('Could not be loaded');
  });

  it('refuses a template without its markers', () => {
    expect(() => bake('<html><div id="root"></div></html>', page)).toThrow(/markers/);
  });
});

describe('deferAppScript', () => {
  const built = [
    '<head>',
    '    <script type="module" crossorigin src="/assets/index-A.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/assets/react-B.js">',
    '    <link rel="modulepreload" crossorigin href="/assets/paths-C.js">',
    '    <link rel="stylesheet" crossorigin href="/assets/index-D.css">',
    '</head>',
  ].join('\n');

  it('puts the boot script in place of the entry, with the entry and its chunks to fetch', () => {
    const html = deferAppScript(built, '/assets/boot-E.js');
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module" crossorigin src="/assets/boot-E.js" data-app="/assets/index-A.js"' +
        ' data-preload="/assets/react-B.js /assets/paths-C.js">',
    ]);
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D.css">');
  });

  it('refuses a template without exactly one entry script', () => {
    expect(() => deferAppScript('<head></head>', '/assets/boot.js')).toThrow(/one script/);
    const twice = built.replace(
      '</head>',
      '<script type="module" crossorigin src="/x.js"></script>',
    );
    expect(() => deferAppScript(twice, '/assets/boot.js')).toThrow(/one script/);
  });
});

describe('siteOrigin', () => {
  it('defaults to vite preview’s address and drops a trailing slash', () => {
    expect(siteOrigin(undefined)).toBe('http://localhost:4173');
    expect(siteOrigin('  ')).toBe('http://localhost:4173');
    expect(siteOrigin('https://explorer.example.org/')).toBe('https://explorer.example.org');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(() => siteOrigin('explorer.example.org')).toThrow(/absolute URL/);
    expect(() => siteOrigin('ftp://explorer.example.org')).toThrow(/http/);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists each URL, escaped, and names the sitemap', () => {
    const xml = sitemap(['https://x.example/', 'https://x.example/events/a&b']);
    expect(xml).toContain('<loc>https://x.example/</loc>');
    expect(xml).toContain('<loc>https://x.example/events/a&amp;b</loc>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(robots('https://x.example')).toContain('Sitemap: https://x.example/sitemap.xml');
  });
});
