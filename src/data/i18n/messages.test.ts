import { describe, expect, it } from 'vitest';
import { loadCatalog, translator } from './messages';

type Catalog = Record<string, string>;
/** Every namespace's catalogs (`core`, `views`, …), by namespace and locale. */
const files = import.meta.glob<Catalog>('./catalogs/*/*.json', { eager: true, import: 'default' });
const spaces = new Map<string, Partial<Record<string, Catalog>>>();
for (const [file, catalog] of Object.entries(files)) {
  const [, space, locale] = /\.\/catalogs\/([^/]+)\/([a-z]{2})\.json$/.exec(file)!;
  spaces.set(space!, { ...spaces.get(space!), [locale!]: catalog });
}

const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]))].sort();

describe('interface catalogs', () => {
  it('has a core namespace (the first screen) and others', () => {
    expect(spaces.has('core')).toBe(true);
    expect(spaces.size).toBeGreaterThan(1);
  });

  it.each([...spaces.keys()].flatMap((space) => [[space, 'ru'] as const, [space, 'zh'] as const]))(
    '%s/%s has every English message, with the same placeholders',
    (space, locale) => {
      const en = spaces.get(space)!.en!;
      const catalog = spaces.get(space)![locale]!;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [id, message] of Object.entries(en))
        expect([id, placeholders(catalog[id]!)]).toEqual([id, placeholders(message)]);
    },
  );

  it('gives each id one namespace', () => {
    const owners = new Map<string, string>();
    for (const [space, catalogs] of spaces)
      for (const id of Object.keys(catalogs.en!)) {
        expect([id, owners.get(id)]).toEqual([id, undefined]);
        owners.set(id, space);
      }
  });

  it('has real plurals: English, Russian (one, few, many), Chinese (none)', async () => {
    await Promise.all([loadCatalog('ru'), loadCatalog('zh')]);
    const count = (locale: 'en' | 'ru' | 'zh', total: number) =>
      translator(locale)('events.count', { total });
    expect([1, 3, 51].map((n) => count('en', n))).toEqual(['1 event', '3 events', '51 events']);
    expect([51, 3, 5, 11, 21, 22, 25].map((n) => count('ru', n))).toEqual([
      '51 событие',
      '3 события',
      '5 событий',
      '11 событий',
      '21 событие',
      '22 события',
      '25 событий',
    ]);
    expect([1, 51].map((n) => count('zh', n))).toEqual(['1个事件', '51个事件']);
  });

  it('fills placeholders and keeps years as written', async () => {
    await loadCatalog('ru');
    expect(translator('en')('live.year', { year: 2020 })).toBe('Year 2020');
    expect(translator('ru')('live.year', { year: 2020 })).toBe('2020 год');
  });
});
