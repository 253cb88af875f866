// The shipped translations (src/data/raw/i18n/<locale>.json) against the shipped dataset: every
// text the explorer shows has its Russian and Chinese, and the story keeps its placeholders.
import { describe, expect, it } from 'vitest';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';
import story from '../../src/data/raw/story.json';
import { contentGaps, parseContent, type ContentScope } from '../../src/data/i18n/content';
import { localizeModel } from '../../src/data/i18n/localizedModel';
import { storyInLanguage } from '../../src/data/story';
import { realEnergy, realModel } from '@tests/support/realData';
import { parseCellRead } from '../../src/features/sources/cellReads';

function scope(): ContentScope {
  const energy = realEnergy().dataset;
  return {
    energySources: energy.sources,
    tradeFacts: energy.tradeFacts,
    destinations: [...new Set(energy.gasExports.map((r) => r.destination))],
    story,
  };
}

describe.each([
  ['ru', ru],
  ['zh', zh],
] as const)('the %s translation', (locale, raw) => {
  it('passes its schema', () => {
    const result = parseContent(raw, locale);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('covers every text of the dataset, the energy data and the story', () => {
    const result = parseContent(raw, locale);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(contentGaps(result.content, realModel().dataset, scope())).toEqual([]);
  });

  it('has every event note, route precision and commissioning in words', () => {
    const result = parseContent(raw, locale);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { content } = result;
    const noted = realModel().dataset.events.filter((e) => e.note);
    expect(noted.length).toBeGreaterThan(0);
    for (const e of noted) expect(content.events?.[e.id]?.note, e.id).toBeTruthy();
    for (const l of realModel().dataset.lines)
      expect(content.lines?.[l.id]?.routePrecision, l.id).toBeTruthy();
    expect(content.lines?.WEPP2?.commissioned).toMatch(/2010.*2012/);
  });

  it('leaves nothing in English once laid over the dataset', () => {
    const model = localizeModel(realModel(), locale, parseContent(raw, locale));
    expect([...(model.localization?.untranslated ?? [])]).toEqual([]);
    // Same records, ids and figures: only the words change.
    expect(model.events.map((e) => e.id)).toEqual(realModel().events.map((e) => e.id));
    expect(model.dataset.trade).toBe(realModel().dataset.trade);
  });

  it('tells the whole story in the language, its figures written for the locale', () => {
    const model = localizeModel(realModel(), locale, parseContent(raw, locale));
    const result = storyInLanguage(story, model, { locale });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.story.titleUntranslated).toBe(false);
    expect(result.story.chapters.filter((c) => c.untranslated).map((c) => c.id)).toEqual([]);
    expect(result.story.chapters.map((c) => c.id)).toEqual(story.chapters.map((c) => c.id));
    const text = result.story.chapters
      .flatMap((c) => c.body.flat())
      .map((s) => s.text)
      .join(' ');
    // No English unit or number format is left in a value.
    expect(text).not.toMatch(/\bbcm\b|\bbillion\b|\bmillion\b| a year\b|\bkm\b/);
    expect(text).toMatch(locale === 'ru' ? /млрд м³ в год/ : /亿立方米/);
  });
});

describe('the energy sources’ cell reads', () => {
  it('are all in the form whose sentence the sources page translates', () => {
    const reads = Object.entries(realEnergy().dataset.cellReads);
    expect(reads.length).toBeGreaterThan(0);
    for (const [id, text] of reads) expect(parseCellRead(text), id).not.toBeNull();
  });
});
