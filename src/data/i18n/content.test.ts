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

  describe('notes, route precision and commissioning words', () => {
    const noted = buildDataset({
      years: [2000, 2002],
      events: [
        { id: 'visit', date: '2001-06', note: 'The article says June 2001; NEWS_WIRE says July.' },
      ],
      lines: [
        { id: 'A', routePrecision: 'approximate route (33 vertices)', commissioned: '2001-12-14' },
        {
          id: 'WEPP2',
          routePrecision: 'approximate route',
          commissioned: '2001-01-20 (western segment); fully operational 2002',
        },
      ],
    });
    const parsed = (raw: object) => {
      const r = parseContent({ locale: 'ru', ...raw }, 'ru');
      if (!r.ok) throw new Error(r.errors.join());
      return r.content;
    };
    const complete = {
      events: {
        visit: {
          title: 'Визит',
          summary: 'Они встретились.',
          note: 'В статье — июнь 2001 года; NEWS_WIRE называет июль.',
        },
      },
      lines: {
        A: { routePrecision: 'приблизительный маршрут (33 вершины)' },
        WEPP2: {
          routePrecision: 'приблизительный маршрут',
          commissioned: '20.01.2001 (западный участок); полностью в эксплуатации с 2002 года',
        },
      },
    };
    const OURS =
      /^(ids: |years: )?(events\.visit\.note|lines\.[\w-]+\.(routePrecision|commissioned))$/;
    const gapsOf = (raw: object) => contentGaps(parsed(raw), noted).filter((g) => OURS.test(g));

    it('asks for every note, route precision and commissioning in words, not for a plain date', () => {
      expect(gapsOf(complete)).toEqual([]);
      expect(
        gapsOf({ events: { visit: { title: 'Визит', summary: 'Они встретились.' } } }),
      ).toEqual([
        'events.visit.note',
        'lines.A.routePrecision',
        'lines.WEPP2.routePrecision',
        'lines.WEPP2.commissioned',
      ]);
    });

    it('reports a translation that lost a source id or a year of its English', () => {
      const changed = structuredClone(complete);
      changed.events.visit.note = 'В статье — июнь 2000 года; агентство называет июль.';
      changed.lines.WEPP2.commissioned = '20.01 (западный участок); полностью с 2002 года';
      expect(gapsOf(changed)).toEqual([
        'ids: events.visit.note',
        'years: events.visit.note',
        'years: lines.WEPP2.commissioned',
      ]);
    });

    it('lays the note, route precision and commissioning words over the dataset', () => {
      const { dataset: ru, untranslated } = localizeDataset(noted, parsed(complete));
      expect(ru.events.find((e) => e.id === 'visit')?.note).toBe(complete.events.visit.note);
      const line = (id: string) => ru.lines.find((l) => l.id === id)!;
      expect(line('A').routePrecision).toBe('приблизительный маршрут (33 вершины)');
      expect(line('A').commissioned).toBe('2001-12-14');
      expect(line('WEPP2').commissioned).toBe(complete.lines.WEPP2.commissioned);
      expect([...untranslated].filter((k) => OURS.test(k))).toEqual([]);

      const partial = localizeDataset(noted, parsed({ lines: { A: { name: 'Линия A' } } }));
      expect(partial.dataset.events.find((e) => e.id === 'visit')?.note).toBe(
        'The article says June 2001; NEWS_WIRE says July.',
      );
      expect(partial.untranslated).toContain('events.visit.note');
      expect(partial.untranslated).toContain('lines.A.routePrecision');
      expect(partial.untranslated).toContain('lines.WEPP2.commissioned');
      expect(partial.untranslated).not.toContain('lines.A.commissioned');
    });
  });
});
