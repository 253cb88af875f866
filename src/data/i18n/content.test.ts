import { describe, expect, it } from 'vitest';
import { buildDataset } from '@tests/support/dataset';
import { contentGaps, localizeDataset, parseContent } from './content';

const dataset = buildDataset({
  years: [2000, 2002],
  events: [{ id: 'talks', date: '2001', title: 'Talks', summary: 'They talked.' }],
});

describe('translation files: the validator', () => {
  it('refuses a file of the wrong shape, naming the field', () => {
    const result = parseContent({ locale: 'ru', events: { talks: { title: '' } } }, 'ru');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join()).toMatch(/events\.talks\.title/);
    expect(parseContent({ locale: 'zh' }, 'ru').ok).toBe(false);
    expect(parseContent({ locale: 'ru', events: { talks: { titel: 'x' } } }, 'ru').ok).toBe(false);
  });

  it('lists every missing text and every unknown record', () => {
    const result = parseContent(
      { locale: 'ru', events: { talks: { title: 'Переговоры' }, ghost: { title: 'Призрак' } } },
      'ru',
    );
    if (!result.ok) throw new Error(result.errors.join());
    const gaps = contentGaps(result.content, dataset);
    expect(gaps).toContain('events.talks.summary');
    expect(gaps).not.toContain('events.talks.title');
    expect(gaps).toContain('unknown: events.ghost');
  });

  it('checks that a story paragraph keeps exactly the English placeholders', () => {
    const story = {
      title: 'Tour',
      chapters: [{ id: 'one', title: 'One', body: ['Trade was {chinaExports.2001} in {year}.'] }],
    };
    const content = (body: string) => {
      const r = parseContent(
        {
          locale: 'ru',
          story: { title: 'Тур', chapters: { one: { title: 'Один', body: [body] } } },
        },
        'ru',
      );
      if (!r.ok) throw new Error(r.errors.join());
      return r.content;
    };
    const gaps = (body: string) =>
      contentGaps(content(body), dataset, { story }).filter((g) => g.includes('story'));
    expect(gaps('В {year} году торговля составила {chinaExports.2001}.')).toEqual([]);
    expect(gaps('Торговля составила {chinaExports.2002}.')).toEqual([
      'placeholders: story.one.body[0]',
    ]);
  });

  it('lays the translation over the dataset and names what stayed English', () => {
    const result = parseContent({ locale: 'zh', events: { talks: { title: '会谈' } } }, 'zh');
    if (!result.ok) throw new Error(result.errors.join());
    const { dataset: translated, untranslated } = localizeDataset(dataset, result.content);
    const talks = translated.events.find((e) => e.id === 'talks');
    expect(talks?.title).toBe('会谈');
    expect(talks?.summary).toBe('They talked.');
    expect(untranslated.has('events.talks.summary')).toBe(true);
    expect(untranslated.has('events.talks.title')).toBe(false);
  });
});
