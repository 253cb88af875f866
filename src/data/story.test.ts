import { describe, expect, it } from 'vitest';
import { rawDataset } from './dataset';
import { buildModel, type Model } from './model';
import rawStory from './raw/story.json';
import { findChapter, parseStory, type Story } from './story';
import { lookupValue, splitTemplate } from './storyTemplates';
import { parseDataset } from './validate';

function model(dataset: unknown = rawDataset): Model {
  const result = parseDataset(dataset);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return buildModel(result.dataset);
}

function story(): Story {
  const m = model();
  const result = parseStory(rawStory, m.dataset, m);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.story;
}

type RawChapter = (typeof rawStory.chapters)[number] & Record<string, unknown>;
const cloneStory = () => structuredClone(rawStory) as { title: string; chapters: RawChapter[] };
const errorsOf = (input: unknown, dataset: unknown = rawDataset) => {
  const m = model(dataset);
  const result = parseStory(input, m.dataset, m);
  return result.ok ? [] : result.errors;
};

describe('the shipped story', () => {
  it('validates against the shipped dataset', () => {
    expect(story().chapters.length).toBeGreaterThanOrEqual(8);
    expect(story().chapters.length).toBeLessThanOrEqual(12);
  });

  it('resolves every placeholder of every chapter against the dataset', () => {
    const { dataset } = model();
    for (const chapter of rawStory.chapters) {
      for (const template of [chapter.title, ...chapter.body]) {
        const { parts, errors } = splitTemplate(template);
        expect(errors, chapter.id).toEqual([]);
        for (const part of parts) {
          if (!('key' in part)) continue;
          const value = lookupValue(part.key, dataset);
          expect(typeof value === 'string' ? `${chapter.id}: ${value}` : 'ok', part.key).toBe('ok');
        }
      }
    }
  });

  it('prints no "undefined", "NaN" or "no data" anywhere', () => {
    for (const chapter of story().chapters) {
      const text = [chapter.titleText, ...chapter.body.map((p) => p.map((s) => s.text).join(''))];
      for (const t of text) expect(t, chapter.id).not.toMatch(/undefined|NaN|no data|\{|\}/);
    }
  });

  it('draws every number of its text from the data (placeholders in every chapter)', () => {
    for (const chapter of story().chapters) {
      const values = chapter.body.flat().filter((s) => s.kind === 'value');
      expect(values.length, chapter.id).toBeGreaterThan(0);
    }
  });

  it('follows the article’s arc, in order', () => {
    const chapters = story().chapters;
    const years = chapters.map((c) => c.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years[0]).toBe(1992);
    for (const year of [1998, 2006, 2009, 2014, 2019]) expect(years).toContain(year);
    expect(years.some((y) => y >= 2016 && y <= 2019 && y !== 2019)).toBe(true);
    expect(years.at(-1)).toBeGreaterThanOrEqual(2020);
    expect(chapters.find((c) => c.year === 2006)?.eventId).toBe(
      '2006-gas-pipeline-framework-agreement',
    );
    expect(chapters.find((c) => c.year === 2019)?.eventId).toBe('2019-china-halts-arms-exports');
  });

  it('lists each chapter’s own sources first, then those of its numbers', () => {
    const pipeline = story().chapters.find((c) => c.id === 'pipeline-2009');
    expect(pipeline?.sourceIds.slice(0, 2)).toEqual(['WIKI_ARTICLE', 'PROFINANCE_KZ_2010']);
    // Line A's length and capacity, and the 2010 gas figure.
    expect(pipeline?.sourceIds).toEqual(expect.arrayContaining(['GEM_GGIT_2024_10', 'BP_SR_2011']));
  });

  it('writes the issue’s example from the data', () => {
    const text = story()
      .chapters.flatMap((c) => c.body)
      .map((p) => p.map((s) => s.text).join(''))
      .join('\n');
    expect(text).toContain('21.3 bcm in 2012');
  });

  it('finds chapters by id, the first for none, and nothing for an unknown id', () => {
    const s = story();
    expect(findChapter(s, undefined)?.index).toBe(0);
    expect(findChapter(s, 'arms-2019')?.chapter.year).toBe(2019);
    expect(findChapter(s, 'nope')).toBeNull();
  });
});

describe('parseStory rejects', () => {
  it('a chapter whose number the dataset does not have', () => {
    const dataset = structuredClone(rawDataset) as { gas: { year: number }[] };
    dataset.gas = dataset.gas.filter((g) => g.year !== 2012);
    expect(errorsOf(rawStory, dataset)).toContainEqual(
      'chapters[5] (id "gas-trade-2012"), field "body[0]": {gasToChina.2012}: no figure for gas to China in 2012',
    );
  });

  it('a typed-in number', () => {
    const s = cloneStory();
    s.chapters[0]!.body[0] = 'China bought 21.3 bcm.';
    expect(errorsOf(s)[0]).toMatch(
      /chapters\[0\] \(id "relations-1992"\), field "body\[0\]": the number "21.3" is typed in/,
    );
  });

  it('unknown events, claims and sources, and an event outside the chapter’s year', () => {
    const s = cloneStory();
    s.chapters[0]!.eventId = 'no-such-event';
    s.chapters[1]!.claims = ['no-such-claim'];
    s.chapters[2]!.sourceIds = ['NO_SUCH_SOURCE'];
    s.chapters[3]!.eventId = '1992-diplomatic-relations-established';
    expect(errorsOf(s)).toEqual([
      'chapters[0] (id "relations-1992"), field "eventId": unknown event "no-such-event"',
      'chapters[1] (id "niyazov-1998"), field "claims": unknown claim "no-such-claim"',
      'chapters[2] (id "framework-2006"), field "sourceIds": unknown source id "NO_SUCH_SOURCE"',
      'chapters[3] (id "construction-2008"), field "eventId": the event is in 1992, the chapter in 2008',
    ]);
  });

  it('an unknown line or series, by the schema', () => {
    const s = cloneStory();
    s.chapters[4]!.lines = ['Z'];
    s.chapters[5]!.series = ['oil'];
    const errors = errorsOf(s);
    expect(errors[0]).toMatch(/^chapters\[4\] \(id "pipeline-2009"\), field "lines.0": /);
    expect(errors[1]).toMatch(/^chapters\[5\] \(id "gas-trade-2012"\), field "series.0": /);
  });

  it('duplicate ids and years outside the data', () => {
    const s = cloneStory();
    s.chapters[1]!.id = 'relations-1992';
    s.chapters[2]!.year = 1950;
    delete s.chapters[2]!.eventId;
    const errors = errorsOf(s);
    expect(errors).toContain('chapters[1] (id "relations-1992"), field "id": duplicate id');
    expect(
      errors.some((e) => /chapters\[2\].*field "year": outside the data's years/.test(e)),
    ).toBe(true);
  });

  it('a story that is not one', () => {
    expect(errorsOf({ title: '', chapters: [] })).toEqual([
      'story, field "title": must not be empty',
      'story, field "chapters": needs at least one chapter',
    ]);
  });
});
