import { describe, expect, it } from 'vitest';
import { realModel } from '@tests/support/realData';
import { lineStatus } from '../../src/data/derive';
import { formatKm } from '../../src/data/format';
import type { LineId } from '../../src/data/schema';
import {
  attributeSources,
  lineLabel,
  lineShortName,
  placeLabel,
  relevantEventId,
  sourceIdsIn,
  statusExplanation,
  statusSlug,
} from '../../src/features/map/lineInfo';

const { eventsById, eventsByLine, linesById, milestonesByLine } = realModel();
const own = (id: LineId) => milestonesByLine.get(id) ?? [];
const explain = (id: LineId, year: number) =>
  statusExplanation(lineStatus(own(id), id, year), own(id), year);
const eventFor = (id: LineId, year: number) =>
  relevantEventId(
    lineStatus(own(id), id, year),
    own(id),
    eventsById,
    eventsByLine.get(id) ?? [],
    year,
  );

describe('statusExplanation', () => {
  it('says since when a line is in service, with the milestone', () => {
    expect(explain('A', 2015)).toMatchObject({
      text: 'since 14 December 2009',
      milestone: { kind: 'in-service' },
    });
    expect(explain('WEPP3-W', 2014).text).toBe('since 2014');
  });

  it('dates construction and agreement, and Line D’s delays', () => {
    expect(explain('B', 2009).text).toBe('construction started July 2008');
    expect(explain('A', 2006).text).toBe('agreed 3 April 2006');
    expect(explain('D', 2020).text).toBe('construction started 13 September 2014');
    expect(explain('D', 2024)).toMatchObject({
      text: 'construction started 13 September 2014; delays reported 6 February 2024',
      milestone: { kind: 'delayed' },
    });
  });

  it('names the agreement to come, or the lack of any dated milestone', () => {
    expect(explain('D', 2010).text).toBe('agreement dated September 2013');
    expect(explain('C', 2010)).toMatchObject({ text: 'no dated milestone before 2014' });
    expect(statusExplanation({ status: 'status unknown', delayed: false }, [], 2010).text).toBe(
      'no dated milestone in the sources',
    );
  });
});

describe('relevantEventId', () => {
  it('opens the event of the milestone that decided the status', () => {
    expect(eventFor('A', 2012)).toBe('2009-central-asia-china-gas-pipeline-inaugurated');
    expect(eventFor('B', 2009)).toBe('2008-pipeline-construction-starts-at-bukhara');
    expect(eventFor('D', 2025)).toBe('2024-line-d-delays-acknowledged');
    expect(eventFor('C', 2016)).toBe('2014-line-c-starts-flowing');
  });

  it('falls back to the next milestone event, then to events naming the line', () => {
    expect(eventFor('C', 2005)).toBe('2014-line-c-starts-flowing');
    expect(eventFor('WEPP4', 2010)).toBe('2022-west-east-gas-pipeline-4-construction-begins');
    // WEPP3-W's only milestone has no event and no event names it.
    expect(eventFor('WEPP3-W', 2020)).toBeUndefined();
    const noMilestones = relevantEventId(
      { status: 'status unknown', delayed: false },
      [],
      eventsById,
      eventsByLine.get('A') ?? [],
      2020,
    );
    // Without milestones: the latest event that names Line A.
    expect(noMilestones).toBe('2009-central-asia-china-gas-pipeline-inaugurated');
  });
});

describe('small formatters', () => {
  it('names lines, slugs statuses and labels them for the map', () => {
    expect(lineShortName('A')).toBe('Line A');
    expect(lineShortName('WEPP3-W')).toBe('West–East Gas Pipeline 3 (west section)');
    expect(statusSlug('status unknown')).toBe('status-unknown');
    expect(lineLabel('A', 'in service', false)).toBe('Line A: in service');
    expect(lineLabel('C', 'in service', true)).toBe('Line C: in service (highlighted)');
  });

  it('reads source ids from attribute notes and falls back to the line source', () => {
    expect(sourceIdsIn('CNPC_WEPP2; GEM_GGIT_2024_10 (start year 2012)')).toEqual([
      'CNPC_WEPP2',
      'GEM_GGIT_2024_10',
    ]);
    expect(sourceIdsIn(undefined)).toEqual([]);
    const c = linesById.get('C')!;
    expect(attributeSources(c, 'capacity_bcm')).toEqual(['KEBEV_CNPC']);
    expect(attributeSources(c, 'no_such_attribute')).toEqual(['GEM_GGIT_2024_10']);
  });

  it('formats lengths and shortens place names', () => {
    expect(formatKm(1833)).toBe('1,833 km');
    expect(formatKm(null)).toBe('no data');
    expect(placeLabel('Galkynysh gas field')).toBe('Galkynysh');
    expect(placeLabel('Khorgos (Horgos)')).toBe('Khorgos');
    expect(placeLabel('Wuqia (Ulugqat County seat)')).toBe('Wuqia');
    expect(placeLabel('Tashkent')).toBe('Tashkent');
  });
});
