import * as v from 'valibot';
import type { Locale } from '../locale';
import type { Dataset, DatasetEvent, Milestone, PipelineLine, Place, Source } from '../schema';

/**
 * The dataset's texts in another language (src/data/raw/i18n/<locale>.json, in the shape of
 * `ContentSchema` below: texts by record id, the same ids, years and figures): validated here
 * like the dataset itself, checked against it record by record, and laid over it so every view shows them without knowing. A text that is missing
 * stays English and is listed in `untranslated`, so the view can say "English only".
 */

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Texts = <const K extends string>(required: readonly K[], optional: readonly string[] = []) =>
  v.record(
    v.string(),
    v.strictObject({
      ...Object.fromEntries(required.map((k) => [k, v.optional(Text)])),
      ...Object.fromEntries(optional.map((k) => [k, v.optional(Text)])),
    } as Record<K, v.OptionalSchema<typeof Text, undefined>>),
  );

/**
 * The texts of each record group that a translation lays over the dataset's English (a line's
 * `commissioned` too, where it is words rather than a date).
 */
const EVENT_TEXTS = ['title', 'summary', 'note'] as const;
const LINE_TEXTS = [
  'name',
  'startPoint',
  'endPoint',
  'connectsTo',
  'note',
  'routePrecision',
] as const;
const PLACE_TEXTS = ['name', 'role'] as const;
const SOURCE_TEXTS = ['title', 'detail', 'note'] as const;

export const ContentSchema = v.strictObject({
  locale: v.picklist(['ru', 'zh']),
  events: v.optional(Texts(EVENT_TEXTS)),
  claims: v.optional(Texts(['quoteTranslation', 'note'])),
  lines: v.optional(Texts([...LINE_TEXTS, 'commissioned'])),
  places: v.optional(Texts(PLACE_TEXTS)),
  milestones: v.optional(Texts(['note'])),
  sources: v.optional(Texts(SOURCE_TEXTS)),
  tradeFacts: v.optional(Texts(['text'])),
  people: v.optional(v.record(v.string(), Text)),
  names: v.optional(v.record(v.string(), Text)),
  story: v.optional(
    v.strictObject({
      title: v.optional(Text),
      chapters: v.optional(
        v.record(
          v.string(),
          v.strictObject({ title: v.optional(Text), body: v.optional(v.array(Text)) }),
        ),
      ),
    }),
  ),
});
export type Content = v.InferOutput<typeof ContentSchema>;

export type ContentResult = { ok: true; content: Content } | { ok: false; errors: string[] };

/** Validates a translation file's shape; errors name the record and field. */
export function parseContent(raw: unknown, locale: Locale): ContentResult {
  const result = v.safeParse(ContentSchema, raw);
  if (!result.success)
    return {
      ok: false,
      errors: result.issues.map(
        (i) =>
          `${locale}.json: ${(i.path ?? []).map((p) => String(p.key)).join('.') || '(file)'}: ${i.message}`,
      ),
    };
  if (result.output.locale !== locale)
    return { ok: false, errors: [`${locale}.json: "locale" is "${result.output.locale}"`] };
  return { ok: true, content: result.output };
}

export const milestoneKey = (m: Pick<Milestone, 'lineId' | 'date' | 'kind'>): string =>
  `${m.lineId}|${m.date}|${m.kind}`;

/** What a translation must cover besides the core dataset (each loaded where it is used). */
export interface ContentScope {
  /** Sources of the energy data (energySources.json). */
  energySources?: readonly Pick<Source, 'id' | 'title' | 'detail' | 'note'>[];
  tradeFacts?: readonly { id: string; text: string }[];
  story?: {
    title: string;
    chapters: readonly { id: string; title: string; body: readonly string[] }[];
  };
  /** Gas export destinations (gasExports.json). */
  destinations?: readonly string[];
}

const present = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';
const placeholders = (text: string) => (text.match(/\{[^{}]+\}/g) ?? []).sort();

/** A date as the dataset writes one ("2014", "2010-10", "2009-12-14"): the app formats it, so
 * it is not a text to translate. */
const isPlainDate = (s: string | null | undefined) =>
  typeof s === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);
/** A line's `commissioned` when it is words ("2010-01-20 (western segment); …"), else nothing. */
export const commissionedText = (s: string | null) => (isPlainDate(s) ? null : s);

/** Source ids (OGE_WP_2007_07_20) and years (2007) a text names: a translation keeps them all. */
const SOURCE_ID = /(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])/g;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const kept = (re: RegExp, english: string, text: string) => {
  const own = new Set(text.match(re));
  return (english.match(re) ?? []).every((x) => own.has(x));
};

/**
 * Every text of the dataset the translation lacks (`events.<id>.title`, `people.<name>`, …),
 * every record it names that the dataset has not (`unknown: …`), every story paragraph
 * whose placeholders differ from the English (`placeholders: …`), and every text that lost a
 * source id (`ids: events.<id>.note`) or a year (`years: …`) of its English.
 */
export function contentGaps(
  content: Content,
  dataset: Dataset,
  scope: ContentScope = {},
): string[] {
  const gaps: string[] = [];
  const need = (
    group: keyof Content,
    id: string,
    fields: Readonly<Record<string, string | null | undefined>>,
  ) => {
    const record = (content[group] as Record<string, Record<string, string>> | undefined)?.[id];
    for (const [field, english] of Object.entries(fields)) {
      if (!present(english)) continue;
      const text = record?.[field];
      if (!present(text)) {
        gaps.push(`${group}.${id}.${field}`);
        continue;
      }
      if (!kept(SOURCE_ID, english, text)) gaps.push(`ids: ${group}.${id}.${field}`);
      if (!kept(YEAR, english, text)) gaps.push(`years: ${group}.${id}.${field}`);
    }
  };
  const known = (group: keyof Content, ids: Iterable<string>) => {
    const all = new Set(ids);
    for (const id of Object.keys((content[group] as object | undefined) ?? {}))
      if (!all.has(id)) gaps.push(`unknown: ${group}.${id}`);
  };
  /** A group of records: each record's texts needed, then the translation's ids of no record. */
  const records = <T>(
    group: keyof Content,
    items: readonly T[],
    idOf: (item: T) => string,
    fields: (item: T) => Readonly<Record<string, string | null | undefined>>,
  ) => {
    for (const item of items) need(group, idOf(item), fields(item));
    known(group, items.map(idOf));
  };
  const byId = (item: { id: string }) => item.id;
  records('events', dataset.events, byId, (e) => ({
    title: e.title,
    summary: e.summary,
    note: e.note,
  }));
  records('claims', dataset.claims, byId, (c) => ({ quoteTranslation: c.quote, note: c.note }));
  records('lines', dataset.lines, byId, (l) => ({
    name: l.name,
    startPoint: l.startPoint,
    endPoint: l.endPoint,
    connectsTo: l.connectsTo,
    note: l.note,
    routePrecision: l.routePrecision,
    commissioned: commissionedText(l.commissioned),
  }));
  records('places', dataset.places, byId, (p) => ({ name: p.name, role: p.role }));
  records('milestones', dataset.milestones, milestoneKey, (m) => ({ note: m.note }));
  records('sources', [...dataset.sources, ...(scope.energySources ?? [])], byId, (src) => ({
    title: src.title,
    detail: src.detail,
    note: src.note,
  }));
  if (scope.tradeFacts) records('tradeFacts', scope.tradeFacts, byId, (f) => ({ text: f.text }));
  const placeIds = new Set(dataset.places.map((p) => p.id));
  for (const person of new Set(dataset.events.flatMap((e) => e.people)))
    if (!present(content.people?.[person])) gaps.push(`people.${person}`);
  const names = new Set([
    ...dataset.events.flatMap((e) => e.places).filter((p) => !placeIds.has(p)),
    ...dataset.lines.flatMap((l) => l.countries),
    ...(scope.destinations ?? []),
  ]);
  for (const name of names) if (!present(content.names?.[name])) gaps.push(`names.${name}`);
  if (scope.story) {
    const { story } = scope;
    if (!present(content.story?.title)) gaps.push('story.title');
    for (const chapter of story.chapters) {
      const own = content.story?.chapters?.[chapter.id];
      if (!present(own?.title)) gaps.push(`story.${chapter.id}.title`);
      if (placeholders(own?.title ?? chapter.title).join() !== placeholders(chapter.title).join())
        gaps.push(`placeholders: story.${chapter.id}.title`);
      if (!own?.body || own.body.length !== chapter.body.length) {
        gaps.push(`story.${chapter.id}.body`);
        continue;
      }
      chapter.body.forEach((english, i) => {
        if (placeholders(own.body![i]!).join() !== placeholders(english).join())
          gaps.push(`placeholders: story.${chapter.id}.body[${i}]`);
      });
    }
    known('story', []);
  }
  return gaps.filter((g) => g !== 'unknown: story.title' && g !== 'unknown: story.chapters');
}

/** The dataset with the translation's texts in place of the English, and what stayed English. */
export function localizeDataset(
  dataset: Dataset,
  content: Content,
): { dataset: Dataset; untranslated: ReadonlySet<string> } {
  const untranslated = new Set<string>();
  const pick = <T extends object>(
    group: keyof Content,
    id: string,
    record: T,
    fields: readonly (keyof T & string)[],
  ): T => {
    const own = (content[group] as Record<string, Record<string, string>> | undefined)?.[id];
    const out = { ...record };
    for (const field of fields) {
      const english = record[field] as unknown;
      if (!present(english as string)) continue;
      const text = own?.[field];
      if (present(text)) (out as Record<string, unknown>)[field] = text;
      else untranslated.add(`${group}.${id}.${field}`);
    }
    return out;
  };
  const name = (n: string) => content.names?.[n] ?? n;
  const events = dataset.events.map((e): DatasetEvent => ({
    ...pick('events', e.id, e, EVENT_TEXTS),
    people: e.people.map((p) => content.people?.[p] ?? p),
    places: e.places.map(name),
  }));
  const lines = dataset.lines.map((l): PipelineLine => ({
    ...pick('lines', l.id, l, LINE_TEXTS),
    // A plain date stays as the dataset writes it (the app formats dates); words are translated.
    ...(commissionedText(l.commissioned) === null
      ? {}
      : pick('lines', l.id, { commissioned: l.commissioned }, ['commissioned'])),
    countries: l.countries.map(name),
  }));
  const places = dataset.places.map((p): Place => pick('places', p.id, p, PLACE_TEXTS));
  const sources = dataset.sources.map((s) => pick('sources', s.id, s, SOURCE_TEXTS));
  const claims = dataset.claims.map((c) => pick('claims', c.id, c, ['note']));
  const milestones = dataset.milestones.map((m) =>
    pick('milestones', milestoneKey(m), m, ['note']),
  );
  return {
    dataset: { ...dataset, events, lines, places, sources, claims, milestones },
    untranslated,
  };
}

const loaders: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<{ default: unknown }>>> = {
  ru: () => import('../raw/i18n/ru.json'),
  zh: () => import('../raw/i18n/zh.json'),
};

/** A locale's translation file, loaded on demand and validated (never throws: a broken or
 * missing file leaves the English, labelled "English only"). */
export async function loadContent(locale: Exclude<Locale, 'en'>): Promise<ContentResult> {
  try {
    return parseContent((await loaders[locale]()).default, locale);
  } catch (error) {
    return { ok: false, errors: [`${locale}.json could not be loaded: ${String(error)}`] };
  }
}
