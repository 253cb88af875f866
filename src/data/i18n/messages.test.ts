import { describe, expect, it } from 'vitest';
import en from './catalogs/en.json';
import ru from './catalogs/ru.json';
import zh from './catalogs/zh.json';
import { loadCatalog, translator } from './messages';

const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]))].sort();

describe('interface catalogs', () => {
  it.each([
    ['ru', ru],
    ['zh', zh],
  ] as const)('%s has every English message, with the same placeholders', (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [id, message] of Object.entries(en))
      expect([id, placeholders(catalog[id as keyof typeof catalog])]).toEqual([
        id,
        placeholders(message),
      ]);
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
