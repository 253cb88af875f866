import * as v from 'valibot';
import { eventYear } from './derive';
import {
  LINE_IDS,
  NonEmpty,
  Slug,
  SourceId,
  TRADE_SERIES,
  Year,
  type Dataset,
  type LineId,
  type TradeSeries,
} from './schema';
import type { Model } from './model';
import {
  resolveTemplate,
  type Segment,
  type TemplateData,
  type TemplateWords,
} from './storyTemplates';

/** The guided tour: chapters written as data, each setting the linked views' state. */

export const ChapterSchema = v.object({
  /** The chapter's address: `/story/<id>`. */
  id: Slug,
  title: NonEmpty,
  /** The year the views show. */
  year: Year,
  /** An event the chapter opens (its year must be the chapter's). */
  eventId: v.optional(Slug),
  /** Pipeline lines the map emphasises. */
  lines: v.optional(v.array(v.picklist(LINE_IDS))),
  /** Trade series the chart emphasises. */
  series: v.optional(v.array(v.picklist(TRADE_SERIES))),
  /** Article claims the trade figure marks. */
  claims: v.optional(v.array(Slug)),
  /** Paragraphs: templates whose numbers are placeholders (see storyTemplates.ts). */
  body: v.pipe(v.array(NonEmpty), v.minLength(1, 'needs at least one paragraph')),
  /** Sources of what the text says; the sources of its numbers are added to them. */
  sourceIds: v.pipe(v.array(SourceId), v.minLength(1, 'needs at least one source')),
});

export const StorySchema = v.object({
  title: NonEmpty,
  chapters: v.pipe(v.array(ChapterSchema), v.minLength(1, 'needs at least one chapter')),
});

export interface Chapter {
  id: string;
  title: Segment[];
  titleText: string;
  year: number;
  eventId: string | null;
  lines: readonly LineId[];
  series: readonly TradeSeries[];
  claims: readonly string[];
  /** Resolved paragraphs. */
  body: Segment[][];
  /** The chapter's own sources, then those of its numbers, each once. */
  sourceIds: string[];
  /** In a translated story: this chapter's translation is missing, its text is the English. */
  untranslated?: boolean;
}

export interface Story {
  title: string;
  chapters: Chapter[];
  /** In a translated story: the title's translation is missing, it is the English. */
  titleUntranslated?: boolean;
}

export type StoryResult = { ok: true; story: Story } | { ok: false; errors: string[] };

function describe(issue: v.BaseIssue<unknown>, input: unknown): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  const [first, index, ...rest] = keys;
  if (first !== 'chapters' || index === undefined)
    return `story${keys.length ? `, field "${keys.join('.')}"` : ''}: ${issue.message}`;
  const chapter = (input as { chapters?: { id?: unknown }[] }).chapters?.[Number(index)];
  const id = typeof chapter?.id === 'string' ? ` (id "${chapter.id}")` : '';
  return `chapters[${index}]${id}, field "${rest.join('.') || '(record)'}": ${issue.message}`;
}

/**
 * Validates the story against its schema, then against the dataset: unique chapter ids, years in
 * the data's range, events, lines, claims and sources that exist, an event in its chapter's year,
 * and every template resolving (no missing value, no typed-in number).
 */
export function parseStory(
  input: unknown,
  dataset: TemplateData & Pick<Dataset, 'sources'>,
  range: { minYear: number; maxYear: number },
  words?: TemplateWords,
): StoryResult {
  const parsed = v.safeParse(StorySchema, input);
  if (!parsed.success)
    return { ok: false, errors: parsed.issues.map((issue) => describe(issue, input)) };
  const errors: string[] = [];
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const lineIds = new Set(dataset.lines.map((l) => l.id));
  const claimIds = new Set(dataset.claims.map((c) => c.id));
  const seen = new Set<string>();
  const chapters: Chapter[] = [];

  parsed.output.chapters.forEach((input, i) => {
    const where = `chapters[${i}] (id "${input.id}")`;
    const fail = (field: string, message: string) =>
      errors.push(`${where}, field "${field}": ${message}`);
    if (seen.has(input.id)) fail('id', 'duplicate id');
    seen.add(input.id);
    if (input.year < range.minYear || input.year > range.maxYear)
      fail('year', `outside the data's years (${range.minYear}–${range.maxYear})`);
    if (input.eventId !== undefined) {
      const event = dataset.events.find((e) => e.id === input.eventId);
      if (!event) fail('eventId', `unknown event "${input.eventId}"`);
      else if (eventYear(event) !== input.year)
        fail('eventId', `the event is in ${eventYear(event)}, the chapter in ${input.year}`);
    }
    input.lines?.forEach((l) => {
      if (!lineIds.has(l)) fail('lines', `unknown line "${l}"`);
    });
    input.claims?.forEach((c) => {
      if (!claimIds.has(c)) fail('claims', `unknown claim "${c}"`);
    });
    input.sourceIds.forEach((s) => {
      if (!sourceIds.has(s)) fail('sourceIds', `unknown source id "${s}"`);
    });

    const valueSources: string[] = [];
    const resolve = (field: string, text: string): Segment[] => {
      const result = resolveTemplate(text, dataset, words);
      if (!result.ok) {
        result.errors.forEach((e) => fail(field, e));
        return [];
      }
      valueSources.push(...result.sourceIds);
      return result.segments;
    };
    const title = resolve('title', input.title);
    const body = input.body.map((p, j) => resolve(`body[${j}]`, p));
    valueSources.forEach((s) => {
      if (!sourceIds.has(s)) fail('body', `a value's source "${s}" is not in the sources`);
    });
    chapters.push({
      id: input.id,
      title,
      titleText: title.map((s) => s.text).join(''),
      year: input.year,
      eventId: input.eventId ?? null,
      lines: input.lines ?? [],
      series: input.series ?? [],
      claims: input.claims ?? [],
      body,
      sourceIds: [...new Set([...input.sourceIds, ...valueSources])],
    });
  });

  return errors.length
    ? { ok: false, errors }
    : { ok: true, story: { title: parsed.output.title, chapters } };
}

/** The chapter at an address's slug, with its position (1-based), or `null`. */
export function findChapter(
  story: Story,
  id: string | undefined,
): { chapter: Chapter; index: number } | null {
  const index = id === undefined ? 0 : story.chapters.findIndex((c) => c.id === id);
  const chapter = story.chapters[index];
  return chapter ? { chapter, index } : null;
}

/** A story's translation: the `story` part of src/data/raw/i18n/<locale>.json. */
export interface StoryTranslation {
  title?: string | undefined;
  chapters?: Readonly<
    Record<string, { title?: string | undefined; body?: readonly string[] | undefined }>
  >;
}

const chapterList = (input: unknown): unknown[] | null => {
  const chapters = (input as { chapters?: unknown } | null)?.chapters;
  return Array.isArray(chapters) ? chapters : null;
};

/**
 * The story's input with a translation's words in place of the English: the title, and each
 * chapter's title and paragraphs (the same number as the English, or the chapter keeps its
 * English and is listed in `untranslated`). Ids, years, events and sources are the English ones.
 */
export function translateStoryInput(
  input: unknown,
  translation: StoryTranslation | undefined,
): { input: unknown; untranslated: ReadonlySet<string> } {
  const untranslated = new Set<string>();
  const chapters = chapterList(input);
  if (!chapters || typeof input !== 'object') return { input, untranslated };
  const own = translation?.chapters ?? {};
  const title = translation?.title;
  if (!title) untranslated.add('title');
  return {
    input: {
      ...input,
      ...(title ? { title } : {}),
      chapters: chapters.map((chapter) => {
        const { id, body } = (chapter ?? {}) as { id?: unknown; body?: unknown };
        const words = typeof id === 'string' && Object.hasOwn(own, id) ? own[id] : undefined;
        if (
          !words?.title ||
          !words.body ||
          !Array.isArray(body) ||
          words.body.length !== body.length
        ) {
          untranslated.add(String(id));
          return chapter;
        }
        return { ...(chapter as object), title: words.title, body: words.body };
      }),
    },
    untranslated,
  };
}

/**
 * The story in the model's language (the English story for the English model): its translation
 * laid over the English, its figures written for the locale (`words`: the locale's verdict
 * words). A translated chapter whose text does not resolve against the data falls back to the
 * English, marked `untranslated`, so one slip in a translation never hides the story.
 */
export function storyInLanguage(input: unknown, model: Model, words?: TemplateWords): StoryResult {
  const localization = model.localization;
  const english = parseStory(input, model.dataset, model, words);
  if (!localization || !english.ok) return english;
  const translation = localization.content.story;
  let translated = translateStoryInput(input, translation);
  let result = parseStory(translated.input, model.dataset, model, words);
  if (!result.ok) {
    // Leave out the chapters whose translation failed (the errors name them), once.
    const failed = new Set(
      result.errors.flatMap((e) => [...(/\(id "([^"]+)"\)/.exec(e)?.slice(1) ?? [])]),
    );
    const chapters = Object.fromEntries(
      Object.entries(translation?.chapters ?? {}).filter(([id]) => !failed.has(id)),
    );
    translated = translateStoryInput(input, { ...translation, chapters });
    result = parseStory(translated.input, model.dataset, model, words);
  }
  if (!result.ok) {
    const chapters = english.story.chapters.map((c) => ({ ...c, untranslated: true }));
    return { ok: true, story: { ...english.story, chapters, titleUntranslated: true } };
  }
  return {
    ok: true,
    story: {
      ...result.story,
      titleUntranslated: translated.untranslated.has('title'),
      chapters: result.story.chapters.map((chapter) =>
        translated.untranslated.has(chapter.id) ? { ...chapter, untranslated: true } : chapter,
      ),
    },
  };
}
