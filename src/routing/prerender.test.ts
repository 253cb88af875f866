import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import type { Chapter, Story } from '../data/story';
import { htmlFileFor, NOT_FOUND_ADDRESS, prerenderAddresses } from './prerender';

const model = buildTestModel({
  events: [
    { id: 'b-later', date: '2003-05', title: 'Later' },
    { id: 'a-first', date: '2001', title: 'First' },
  ],
});

function chapter(id: string, over: Partial<Chapter> = {}): Chapter {
  return {
    id,
    title: [{ kind: 'text', text: id }],
    titleText: id,
    year: 2001,
    eventId: null,
    lines: [],
    series: [],
    claims: [],
    body: [[{ kind: 'text', text: `The chapter ${id}.` }]],
    sourceIds: [],
    ...over,
  };
}
const story: Story = { title: 'The story', chapters: [chapter('one'), chapter('two')] };

describe('prerenderAddresses', () => {
  it('lists the explorer, its pages, the story and each chapter, every event by date, the embeds', () => {
    expect(prerenderAddresses(model, story, ['en'])).toEqual([
      { path: '/', file: 'index.html' },
      { path: '/sources', file: 'sources.html' },
      { path: '/claims', file: 'claims.html' },
      { path: '/story', file: 'story.html' },
      { path: '/story/one', file: 'story/one.html' },
      { path: '/story/two', file: 'story/two.html' },
      { path: '/events/a-first', file: 'events/a-first.html' },
      { path: '/events/b-later', file: 'events/b-later.html' },
      { path: '/embed/trade', file: 'embed/trade.html' },
      { path: '/embed/map', file: 'embed/map.html' },
      { path: '/embed/energy', file: 'embed/energy.html' },
      { path: '/embed/events/a-first', file: 'embed/events/a-first.html' },
      { path: '/embed/events/b-later', file: 'embed/events/b-later.html' },
    ]);
  });

  it('lists every address in each locale, English first, under the locale prefix', () => {
    const all = prerenderAddresses(model, story);
    const english = prerenderAddresses(model, story, ['en']);
    expect(all).toHaveLength(english.length * 3);
    expect(all.slice(0, english.length)).toEqual(english);
    expect(all).toContainEqual({ path: '/ru', file: 'ru.html' });
    expect(all).toContainEqual({ path: '/zh/events/a-first', file: 'zh/events/a-first.html' });
    expect(all).toContainEqual({ path: '/ru/story/two', file: 'ru/story/two.html' });
  });

  it('leaves the story out when there is none (it failed validation)', () => {
    const paths = prerenderAddresses(model, null).map((a) => a.path);
    expect(paths.some((p) => p.startsWith('/story'))).toBe(false);
    expect(paths).toContain('/events/a-first');
  });

  it('never lists the not-found page', () => {
    expect(prerenderAddresses(model, story)).not.toContainEqual(NOT_FOUND_ADDRESS);
  });
});

describe('htmlFileFor', () => {
  it('writes / as index.html and any other address as <path>.html, decoded', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/sources')).toBe('sources.html');
    expect(htmlFileFor('/events/caf%C3%A9')).toBe('events/café.html');
  });
});
