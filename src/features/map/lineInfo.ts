/** Pure helpers that turn a pipeline line and its milestones into what the map says about it. */
import { comparePartialDates, formatPartialDate, yearOf } from '../../data/dates';
import type { LineStatus, LineStatusResult } from '../../data/derive';
import type { LineId, Milestone, PipelineLine } from '../../data/schema';

const SHORT_NAMES: Record<LineId, string> = {
  A: 'Line A',
  B: 'Line B',
  C: 'Line C',
  D: 'Line D',
  WEPP2: 'West–East Gas Pipeline 2',
  'WEPP3-W': 'West–East Gas Pipeline 3 (west section)',
  WEPP4: 'West–East Gas Pipeline 4',
};

/** "Line A", "West–East Gas Pipeline 2": short enough for a map and a list. */
export function lineShortName(id: LineId): string {
  return SHORT_NAMES[id];
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

const milestonesByLine = new WeakMap<readonly Milestone[], Map<LineId, readonly Milestone[]>>();

/**
 * The line's milestones, oldest first. The map asks for them on every year step: they are sorted
 * once per dataset and line.
 */
export function lineMilestones(
  milestones: readonly Milestone[],
  lineId: LineId,
): readonly Milestone[] {
  let byLine = milestonesByLine.get(milestones);
  if (!byLine) milestonesByLine.set(milestones, (byLine = new Map()));
  let own = byLine.get(lineId);
  if (!own) {
    own = milestones
      .filter((m) => m.lineId === lineId)
      .sort((a, b) => comparePartialDates(a.date, b.date));
    byLine.set(lineId, own);
  }
  return own;
}

const idSets = new WeakMap<readonly { id: string }[], ReadonlySet<string>>();
/** The ids of a list of events, collected once per list. */
function idsOf(events: readonly { id: string }[]): ReadonlySet<string> {
  let ids = idSets.get(events);
  if (!ids) idSets.set(events, (ids = new Set(events.map((e) => e.id))));
  return ids;
}

const KIND_WORDS: Record<Milestone['kind'], string> = {
  agreed: 'Agreed',
  'construction-started': 'Construction started',
  'in-service': 'In service',
  delayed: 'Delays reported',
};

export function milestoneWords(kind: Milestone['kind']): string {
  return KIND_WORDS[kind];
}

/**
 * A short explanation of a status as at the end of `year`, with the milestone it rests on:
 * "since 14 December 2009", "construction started September 2014; delays reported February 2024",
 * "agreement dated April 2006", "no dated milestone before 2014".
 */
export function statusExplanation(
  result: LineStatusResult,
  milestones: readonly Milestone[],
  lineId: LineId,
  year: number,
): { text: string; milestone?: Milestone } {
  const own = lineMilestones(milestones, lineId);
  const m = result.milestone;
  switch (result.status) {
    case 'in service':
      return m ? { text: `since ${formatPartialDate(m.date)}`, milestone: m } : { text: '' };
    case 'under construction':
    case 'planned': {
      const stageKind = result.status === 'planned' ? 'agreed' : 'construction-started';
      const stage = own.filter((x) => x.kind === stageKind && yearOf(x.date) <= year).pop();
      const stageText = stage
        ? `${result.status === 'planned' ? 'agreed' : 'construction started'} ${formatPartialDate(stage.date)}`
        : '';
      if (result.delayed && m) {
        const delay = `delays reported ${formatPartialDate(m.date)}`;
        return { text: stageText ? `${stageText}; ${delay}` : delay, milestone: m };
      }
      return stage ? { text: stageText, milestone: stage } : { text: '' };
    }
    case 'not yet agreed':
      return m
        ? { text: `agreement dated ${formatPartialDate(m.date)}`, milestone: m }
        : { text: '' };
    case 'status unknown': {
      const next = own.find((x) => yearOf(x.date) > year);
      return next
        ? { text: `no dated milestone before ${yearOf(next.date)}`, milestone: next }
        : { text: 'no dated milestone in the sources' };
    }
  }
}

/**
 * The event a line opens: the one behind the milestone that decided its status, else its latest
 * milestone event up to the year, else its next one, else the latest event that names the line.
 * `undefined` when no event concerns the line.
 */
export function relevantEventId(
  lineId: LineId,
  result: LineStatusResult,
  milestones: readonly Milestone[],
  events: readonly { id: string; date: string; lines?: readonly LineId[] | undefined }[],
  year: number,
): string | undefined {
  const known = idsOf(events);
  const ok = (id: string | undefined): id is string => id !== undefined && known.has(id);
  if (ok(result.milestone?.eventId)) return result.milestone.eventId;
  const own = lineMilestones(milestones, lineId).filter((m) => ok(m.eventId));
  const past = own.filter((m) => yearOf(m.date) <= year).pop();
  if (past) return past.eventId;
  const next = own.find((m) => yearOf(m.date) > year);
  if (next) return next.eventId;
  const naming = events
    .filter((e) => e.lines?.includes(lineId))
    .sort((a, b) => comparePartialDates(a.date, b.date))
    .pop();
  return naming?.id;
}

/** "1,833 km" or "no data". */
export function formatKm(km: number | null): string {
  return km === null ? 'no data' : `${km.toLocaleString('en-US')} km`;
}

/** The sources of a line attribute, falling back to the line's own source. */
export function attributeSources(line: PipelineLine, key: string): string[] {
  const ids = sourceIdsIn(line.attributeSources[key]);
  return ids.length ? ids : [line.sourceId];
}

/** The accessible name of a line on the map: "Line A: in service". */
export function lineLabel(id: LineId, status: LineStatus, highlighted: boolean): string {
  return `${lineShortName(id)}: ${status}${highlighted ? ' (highlighted)' : ''}`;
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
