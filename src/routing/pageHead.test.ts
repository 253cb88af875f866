import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import type { Chapter, Story } from '../data/story';
import { APP_TITLE } from './documentTitle';
import { clip, escapeHtml, headTags, pageHead } from './pageHead';

const ORIGIN = 'https://explorer.example.org';
const model = buildTestModel({
  years: [2000, 2010],
  events: [
    {
      id: 'deal',
      date: '2006-04',
      title: 'A "gas" deal <signed>',
      summary: 'The two governments signed a framework agreement & a supply deal.',
    },
  ],
});
const chapter: Chapter = {
  id: 'start',
  title: [{ kind: 'text', text: 'The start' }],
  titleText: 'The start',
  year: 2000,
  eventId: null,
  lines: [],
  series: [],
  claims: [],
  body: [
    [
      { kind: 'text', text: 'It began in ' },
      { kind: 'text', text: '2000.' },
    ],
  ],
  sourceIds: [],
};
const story: Story = { title: 'The story', chapters: [chapter] };

describe('pageHead', () => {
  it("gives the explorer the app's title and its year in the preview", () => {
    const head = pageHead(model, story, '/', ORIGIN);
    expect(head.title).toBe(APP_TITLE);
    expect(head.shareTitle).toContain(`shown: ${model.defaultYear}`);
    expect(head.canonical).toBe(`${ORIGIN}/`);
    expect(head.image).toBe(`${ORIGIN}/og-image.png`);
    expect(head.type).toBe('website');
  });

  it("gives an event its title and summary, as the page's script would", () => {
    const head = pageHead(model, story, '/events/deal', ORIGIN);
    expect(head.title).toBe(`A "gas" deal <signed> · ${APP_TITLE}`);
    expect(head.shareTitle).toBe('A "gas" deal <signed>');
    expect(head.description).toBe(
      'The two governments signed a framework agreement & a supply deal.',
    );
    expect(head.canonical).toBe(`${ORIGIN}/events/deal`);
    expect(head.type).toBe('article');
  });

  it('points /story at its first chapter and describes it with its first paragraph', () => {
    const head = pageHead(model, story, '/story', ORIGIN);
    expect(head.canonical).toBe(`${ORIGIN}/story/start`);
    expect(head.title).toBe(`The start · Story, chapter 1 of 1 · ${APP_TITLE}`);
    expect(head.description).toBe('It began in 2000.');
  });

  it("gives an embed its figure's or event's title, and the explorer's page as canonical", () => {
    const map = pageHead(model, story, '/embed/map', ORIGIN);
    expect(map.title).toBe(`Central Asia–China gas pipeline · ${APP_TITLE}`);
    expect(map.shareTitle).toBe('Central Asia–China gas pipeline');
    expect(map.canonical).toBe(`${ORIGIN}/`);
    const event = pageHead(model, story, '/embed/events/deal', ORIGIN);
    expect(event.title).toBe(`A "gas" deal <signed> · ${APP_TITLE}`);
    expect(event.description).toBe(
      'The two governments signed a framework agreement & a supply deal.',
    );
    expect(event.canonical).toBe(`${ORIGIN}/events/deal`);
    expect(pageHead(model, story, '/embed/nothing', ORIGIN).title).toBe(
      `Page not found · ${APP_TITLE}`,
    );
  });

  it('names the sources and claims pages, and the not-found page', () => {
    expect(pageHead(model, story, '/sources', ORIGIN).title).toBe(`Sources · ${APP_TITLE}`);
    expect(pageHead(model, story, '/claims', ORIGIN).title).toBe(
      `The article’s claims · ${APP_TITLE}`,
    );
    expect(pageHead(model, story, '/404', ORIGIN).title).toBe(`Page not found · ${APP_TITLE}`);
  });
});

describe('headTags', () => {
  it('writes the title, description, canonical, Open Graph and Twitter tags, escaped', () => {
    const html = headTags(pageHead(model, story, '/events/deal', ORIGIN));
    expect(html).toContain(`<title>A &quot;gas&quot; deal &lt;signed&gt; · ${APP_TITLE}</title>`);
    expect(html).toContain(
      '<meta name="description" content="The two governments signed a framework agreement &amp; a supply deal." />',
    );
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/events/deal" />`);
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain(
      '<meta property="og:title" content="A &quot;gas&quot; deal &lt;signed&gt;" />',
    );
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}/events/deal" />`);
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/og-image.png" />`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).not.toContain('noindex');
  });

  it('marks a page that is not to be indexed, without a canonical link', () => {
    const html = headTags(pageHead(model, story, '/404', ORIGIN), { indexable: false });
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
  });
});

describe('clip and escapeHtml', () => {
  it('cuts a long description between words, with an ellipsis', () => {
    const text = 'word '.repeat(60);
    const clipped = clip(text, 50);
    expect(clipped.length).toBeLessThanOrEqual(50);
    expect(clipped.endsWith('word…')).toBe(true);
    expect(clip('  short   text ')).toBe('short text');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
