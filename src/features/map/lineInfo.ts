/** Pure helpers that turn a pipeline line and its milestones into what the map says about it. */
import '../../data/i18n/later';
import { formatPartialDate, yearOf } from '../../data/dates';
import {
  capacityInService,
  type LineStatus,
  type LineStatusResult,
  type LineStatusRow,
} from '../../data/derive';
import { modelLocale, type Model } from '../../data/model';
import type { LineId, Milestone, PipelineLine } from '../../data/schema';
import { translator, type MessageId, type Translate } from '../../data/i18n/messages';
import type { Locale } from '../../data/locale';
import { paths } from '../../routing/paths';

/** "Line A", "West–East Gas Pipeline 2": short enough for a map and a list (in `t`'s language). */
export function lineShortName(id: LineId, t: Translate = translator('en')): string {
  return t(`line.${id}` as MessageId);
}

/** A status in words of `t`'s language ("in service", "в эксплуатации", "已投产"). */
export function statusWords(status: LineStatus, t: Translate = translator('en')): string {
  return t(`status.${status}` as MessageId);
}

/** The Central Asia–China lines proper (their capacity is summed against the gas sent). */
export const MAIN_LINES: readonly LineId[] = ['A', 'B', 'C', 'D'];

/** A CSS-friendly slug of a status: "in-service", "status-unknown"… */
export function statusSlug(status: LineStatus): string {
  return status.replace(/\s+/g, '-');
}

/** Source ids named in an attribute-source string such as "CNPC_WEPP2; GEM_GGIT_2024_10 (…)". */
export function sourceIdsIn(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(text.match(/\b[A-Z][A-Z0-9_]{2,}\b/g) ?? [])];
}

export function milestoneWords(kind: Milestone['kind'], t: Translate = translator('en')): string {
  return t(`milestone.${kind}` as MessageId);
}

export interface LineExplanation {
  text: string;
  milestone?: Milestone;
}

/**
 * A short explanation of a status as at the end of `year`, with the milestone it rests on (`own`
 * is the line's milestones, oldest first, as the model indexes them):
 * "since 14 December 2009", "construction started September 2014; delays reported February 2024",
 * "agreement dated April 2006", "no dated milestone before 2014".
 */
export function statusExplanation(
  result: LineStatusResult,
  own: readonly Milestone[],
  year: number,
  locale: Locale = 'en',
): LineExplanation {
  const m = result.milestone;
  const t = translator(locale);
  const date = (d: string) => formatPartialDate(d, locale);
  switch (result.status) {
    case 'in service':
      return m ? { text: t('why.since', { date: date(m.date) }), milestone: m } : { text: '' };
    case 'under construction':
    case 'planned': {
      const stageKind = result.status === 'planned' ? 'agreed' : 'construction-started';
      const stage = own.filter((x) => x.kind === stageKind && yearOf(x.date) <= year).pop();
      const stageText = stage
        ? t(result.status === 'planned' ? 'why.agreed' : 'why.constructionStarted', {
            date: date(stage.date),
          })
        : '';
      if (result.delayed && m) {
        const delay = t('why.delays', { date: date(m.date) });
        return { text: stageText ? `${stageText}; ${delay}` : delay, milestone: m };
      }
      return stage ? { text: stageText, milestone: stage } : { text: '' };
    }
    case 'not yet agreed':
      return m ? { text: t('why.agreement', { date: date(m.date) }), milestone: m } : { text: '' };
    case 'status unknown': {
      const next = own.find((x) => yearOf(x.date) > year);
      return next
        ? { text: t('why.noneBefore', { year: yearOf(next.date) }), milestone: next }
        : { text: t('why.none') };
    }
  }
}

/**
 * The event a line opens: the one behind the milestone that decided its status, else its latest
 * milestone event up to the year, else its next one, else the latest event that names the line
 * (`naming`, oldest first). `undefined` when no event concerns the line.
 */
export function relevantEventId(
  result: LineStatusResult,
  own: readonly Milestone[],
  eventsById: ReadonlyMap<string, unknown>,
  naming: readonly { id: string }[],
  year: number,
): string | undefined {
  const ok = (id: string | undefined): id is string => id !== undefined && eventsById.has(id);
  if (ok(result.milestone?.eventId)) return result.milestone.eventId;
  const withEvent = own.filter((m) => ok(m.eventId));
  const past = withEvent.filter((m) => yearOf(m.date) <= year).pop();
  if (past) return past.eventId;
  const next = withEvent.find((m) => yearOf(m.date) > year);
  if (next) return next.eventId;
  return naming[naming.length - 1]?.id;
}

/** A line at the end of a year: its status, why, and the event it opens. */
export interface LineRow extends LineStatusRow {
  why: LineExplanation;
  /** The event the line opens, or `undefined` (it then opens its source). */
  eventId: string | undefined;
}

/** Each line's status, its explanation and its event at the end of `year`. */
export function lineRows(
  statuses: readonly LineStatusRow[],
  model: Pick<Model, 'milestonesByLine' | 'eventsById' | 'eventsByLine' | 'localization'>,
  year: number,
): LineRow[] {
  const locale = modelLocale(model);
  return statuses.map((s) => {
    const own = model.milestonesByLine.get(s.line.id) ?? [];
    return {
      ...s,
      why: statusExplanation(s, own, year, locale),
      eventId: relevantEventId(
        s,
        own,
        model.eventsById,
        model.eventsByLine.get(s.line.id) ?? [],
        year,
      ),
    };
  });
}

/** What the map draws of a line: plain values, so equal years give equal states. */
export interface MapLineState {
  status: LineStatus;
  highlighted: boolean;
  /** The event the line opens, else its source. */
  eventId: string | undefined;
  sourceId: string;
}

export function mapLineStates(
  rows: readonly LineRow[],
  highlighted: readonly LineId[],
): ReadonlyMap<LineId, MapLineState> {
  return new Map(
    rows.map((r) => [
      r.line.id,
      {
        status: r.status,
        highlighted: highlighted.includes(r.line.id),
        eventId: r.eventId,
        sourceId: r.line.sourceId,
      },
    ]),
  );
}

/** True when two map states draw the same: the map then keeps the previous one. */
export function sameMapLineStates(
  a: ReadonlyMap<LineId, MapLineState>,
  b: ReadonlyMap<LineId, MapLineState>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [id, x] of a) {
    const y = b.get(id);
    if (
      !y ||
      x.status !== y.status ||
      x.highlighted !== y.highlighted ||
      x.eventId !== y.eventId ||
      x.sourceId !== y.sourceId
    )
      return false;
  }
  return true;
}

/** Where a line leads: its event (keeping the user's choices) or its source's entry. */
export function lineHref(
  target: { eventId: string | undefined; sourceId: string },
  eventHref: (eventId: string) => string,
): string {
  return target.eventId ? eventHref(target.eventId) : paths.sources.href(target.sourceId);
}

/** The capacity in service of `ids` and its sources (the lines' and the app's sum). */
export function capacityOf(
  rows: readonly LineStatusRow[],
  ids: readonly LineId[],
  derivedSourceIds: readonly string[],
): { bcm: number; sourceIds: string[] } {
  const inService = rows.filter((s) => ids.includes(s.line.id) && s.status === 'in service');
  const sources = inService.flatMap((s) => attributeSources(s.line, 'capacity_bcm'));
  return {
    bcm: capacityInService(rows, ids),
    sourceIds: sources.length ? [...new Set(sources), ...derivedSourceIds] : [],
  };
}

/** The sources of a line attribute, falling back to the line's own source. */
export function attributeSources(line: PipelineLine, key: string): string[] {
  const ids = sourceIdsIn(line.attributeSources[key]);
  return ids.length ? ids : [line.sourceId];
}

/** The accessible name of a line on the map: "Line A: in service". */
export function lineLabel(
  id: LineId,
  status: LineStatus,
  highlighted: boolean,
  t: Translate = translator('en'),
): string {
  const values = { name: lineShortName(id, t), status: statusWords(status, t) };
  return t(highlighted ? 'map.lineLabelHighlighted' : 'map.lineLabel', values);
}

/** Map label text of a place: "Galkynysh gas field" → "Galkynysh", "Khorgos (Horgos)" → "Khorgos". */
export function placeLabel(name: string): string {
  return name
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/\s+gas field$/i, '')
    .trim();
}

const PLACE_PRIORITY: Record<string, number> = {
  ashgabat: 10,
  'galkynysh-gas-field': 9,
  'khorgos-horgos': 9,
  tashkent: 8,
  almaty: 8,
  urumqi: 7,
  dushanbe: 6,
  bukhara: 5,
  shymkent: 4,
  olot: 4,
  'wuqia-ulugqat-county-seat': 3,
  'irkeshtam-pass': 3,
};

/** Which place labels win when labels collide (capitals and pipeline ends first). */
export function placePriority(place: { id: string; kind: string }): number {
  return PLACE_PRIORITY[place.id] ?? (place.kind === 'capital' ? 6 : 2);
}
