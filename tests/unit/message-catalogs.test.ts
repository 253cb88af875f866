import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogModule, shortIds } from '../../scripts/vite-message-catalogs';

let written = 0;
/** Runs a generated catalog module, written where its runtime import resolves. */
async function load(source: string) {
  const dir = join(process.cwd(), 'node_modules/.tmp/');
  mkdirSync(dir, { recursive: true });
  const file = `${dir}catalog-test-${process.pid}-${written++}.mjs`;
  writeFileSync(file, source);
  try {
    return ((await import(/* @vite-ignore */ file)) as { messages: Record<string, unknown> })
      .messages;
  } finally {
    rmSync(file);
  }
}

describe('shortIds', () => {
  it('names every id the code quotes, in order, and no other', () => {
    const short = shortIds(['nav.b', 'nav.a', 'unused.id'], [`t('nav.b'); t("nav.a")`]);
    expect([...short]).toEqual([
      ['nav.a', 'a'],
      ['nav.b', 'b'],
    ]);
  });

  it('keeps the names of ids a template could build', () => {
    const code = [
      "t(`category.${c}`); t('category.energy'); t('events.count'); t('events.x.title')",
      'const key = `events.${id}.title`;',
      '/** See `notes.md` and `events.<id>.title`. */',
    ];
    const short = shortIds(
      ['category.energy', 'events.count', 'events.x.title', 'events.x.summary', 'notes.md'],
      code,
    );
    // `events.${id}.title` builds events.x.title, never events.count; a quoted name with
    // nothing built in it (`notes.md`) builds nothing.
    expect([...short.keys()]).toEqual(['events.count', 'notes.md']);
  });

  it('gives short names that are not ids (no dot)', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `m.id${i}`);
    const short = shortIds(ids, [ids.map((id) => `'${id}'`).join(' ')]);
    expect(new Set(short.values()).size).toBe(100);
    for (const name of short.values()) expect(name).toMatch(/^[a-zA-Z0-9]+$/);
  });
});

describe('catalogModule', () => {
  it('keeps plain texts as strings and compiles the others', async () => {
    const messages = await load(
      catalogModule('en', {
        'a.plain': 'Sources',
        'a.value': 'Year {year}',
        'a.count': '{count, plural, =0 {no events} one {# event} other {# events}}',
      }),
    );
    expect(messages['a.plain']).toBe('Sources');
    const value = messages['a.value'] as (v: object) => string;
    const count = messages['a.count'] as (v: object) => string;
    expect(value({ year: 2014 })).toBe('Year 2014');
    expect([0, 1, 1234].map((n) => count({ count: n }))).toEqual([
      'no events',
      '1 event',
      '1,234 events',
    ]);
  });

  it("uses the locale's plural rules and numbers", async () => {
    const messages = await load(
      catalogModule('ru', {
        n: '{count, plural, one {# событие} few {# события} many {# событий} other {# события}}',
      }),
    );
    const n = messages.n as (v: object) => string;
    expect([51, 3, 5, 1500].map((count) => n({ count }))).toEqual([
      '51 событие',
      '3 события',
      '5 событий',
      '1\u00a0500 событий',
    ]);
  });
});
