import '../../data/i18n/later';
import { describe, expect, it } from 'vitest';
import { loadCatalog, translator } from '../../data/i18n/messages';
import { absoluteUrl, embedPath, embedSnippet, embedTitle, type EmbedState } from './shareLinks';

const state: EmbedState = { year: 2015, reporter: 'mirror', scale: 'log', theme: 'dark' };
const en = translator('en');

describe('embedPath', () => {
  it('keeps the year, reporter, scale and theme for the trade figure', () => {
    expect(embedPath('trade', state)).toBe(
      '/embed/trade?year=2015&reporter=mirror&scale=log&theme=dark',
    );
  });

  it('keeps only the year and theme for the map and the energy view', () => {
    expect(embedPath('map', { ...state, theme: 'light' })).toBe('/embed/map?year=2015&theme=light');
    expect(embedPath('energy', state)).toBe('/embed/energy?year=2015&theme=dark');
  });

  it('gives the open event its own address, its id encoded', () => {
    expect(embedPath('event', { ...state, eventId: 'a b/c' })).toBe(
      '/embed/events/a%20b%2Fc?theme=dark',
    );
    expect(() => embedPath('event', state)).toThrow(/needs the event/);
  });

  it('keeps the page’s locale: a Russian page embeds the Russian figure', () => {
    expect(embedPath('trade', state, 'ru')).toBe(
      '/ru/embed/trade?year=2015&reporter=mirror&scale=log&theme=dark',
    );
    expect(embedPath('event', { ...state, eventId: 'x' }, 'zh')).toBe(
      '/zh/embed/events/x?theme=dark',
    );
    expect(embedPath('map', state, 'en')).toBe('/embed/map?year=2015&theme=dark');
  });
});

describe('absoluteUrl', () => {
  it('joins the origin and the path, query and hash kept', () => {
    expect(absoluteUrl('https://example.org', '/events/x?year=2010#top')).toBe(
      'https://example.org/events/x?year=2010#top',
    );
    expect(absoluteUrl('http://127.0.0.1:4173', '/')).toBe('http://127.0.0.1:4173/');
  });
});

describe('embedTitle', () => {
  it('says what the frame shows and where it is from', () => {
    expect(embedTitle(en, 'trade', state)).toBe(
      'China–Turkmenistan trade, 2015 · China–Turkmenistan Relations Explorer',
    );
    expect(embedTitle(en, 'map', state)).toMatch(/^Central Asia–China gas pipeline, 2015 · /);
    expect(embedTitle(en, 'energy', state)).toMatch(
      /^Turkmenistan’s gas exports by destination, 2015/,
    );
    expect(embedTitle(en, 'event', state, 'A treaty')).toMatch(/^A treaty · /);
  });

  it('says it in the page’s language', async () => {
    await Promise.all([loadCatalog('ru'), loadCatalog('zh')]);
    expect(embedTitle(translator('ru'), 'trade', state)).toBe(
      'Торговля Китая и Туркменистана, 2015 · ' + translator('ru')('app.title'),
    );
    expect(embedTitle(translator('zh'), 'map', state)).toMatch(/^中国—中亚天然气管道，2015年 · /);
  });
});

describe('embedSnippet', () => {
  it('is an iframe with the address, title and height, attribute text escaped', () => {
    const snippet = embedSnippet({
      src: 'https://example.org/embed/trade?year=2015&theme=dark',
      title: 'Trade "A" <b>',
      height: 900,
    });
    expect(snippet).toBe(
      '<iframe src="https://example.org/embed/trade?year=2015&amp;theme=dark" ' +
        'title="Trade &quot;A&quot; &lt;b&gt;" width="100%" height="900" ' +
        'style="border: 0; max-width: 100%;" loading="lazy"></iframe>',
    );
  });

  it('reads back, through an HTML parser, as the same address', () => {
    const src = absoluteUrl('https://example.org', embedPath('trade', state));
    const box = document.createElement('div');
    // The test parses the snippet as a page would; the app never renders HTML from text.
    box.innerHTML = embedSnippet({ src, title: 't', height: 1 });
    expect(box.querySelector('iframe')?.getAttribute('src')).toBe(src);
  });

  it('escapes the characters that end or open an attribute or a tag', () => {
    const snippet = embedSnippet({ src: `/embed/trade?a=1&b="2"`, title: `<x> & 'y'`, height: 10 });
    expect(snippet).toContain(`src="/embed/trade?a=1&amp;b=&quot;2&quot;"`);
    expect(snippet).toContain(`title="&lt;x&gt; &amp; &#39;y&#39;"`);
  });
});
