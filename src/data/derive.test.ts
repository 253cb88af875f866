import { describe, expect, it } from 'vitest';
import { testModel } from '../../tests/unit/render';
import { capacityInService, lineStatus, lineStatuses, type LineStatus } from './derive';
import { indexMilestonesByLine } from './model';
import type { LineId, Milestone, PipelineLine } from './schema';

const { dataset } = testModel();
const { milestones, lines } = dataset;

const YEARS = Array.from({ length: 21 }, (_, i) => 2005 + i);

/** Expected status for each year 2005–2025, as runs of [first year, status]. */
const EXPECTED: Record<LineId, [number, LineStatus][]> = {
  A: [
    [2005, 'not yet agreed'],
    [2006, 'planned'],
    [2008, 'under construction'],
    [2009, 'in service'],
  ],
  B: [
    [2005, 'not yet agreed'],
    [2006, 'planned'],
    [2008, 'under construction'],
    [2010, 'in service'],
  ],
  // The sources date neither Line C's agreement nor the start of its construction.
  C: [
    [2005, 'status unknown'],
    [2014, 'in service'],
  ],
  D: [
    [2005, 'not yet agreed'],
    [2013, 'planned'],
    [2014, 'under construction'],
  ],
  WEPP2: [
    [2005, 'status unknown'],
    [2010, 'in service'],
  ],
  'WEPP3-W': [
    [2005, 'status unknown'],
    [2014, 'in service'],
  ],
  WEPP4: [
    [2005, 'status unknown'],
    [2022, 'under construction'],
  ],
};

function expectedFor(id: LineId, year: number): LineStatus {
  let status: LineStatus = 'status unknown';
  for (const [from, s] of EXPECTED[id]) if (year >= from) status = s;
  return status;
}

describe('lineStatus on the shipped milestones', () => {
  for (const id of Object.keys(EXPECTED) as LineId[]) {
    it(`gives Line ${id} the expected status for every year 2005–2025`, () => {
      const got = YEARS.map((y) => [y, lineStatus(milestones, id, y).status]);
      const want = YEARS.map((y) => [y, expectedFor(id, y)]);
      expect(got).toEqual(want);
    });
  }

  it('names the milestone that decided the status', () => {
    expect(lineStatus(milestones, 'A', 2009).milestone?.eventId).toBe(
      '2009-central-asia-china-gas-pipeline-inaugurated',
    );
    expect(lineStatus(milestones, 'A', 2007).milestone?.kind).toBe('agreed');
    expect(lineStatus(milestones, 'B', 2009).milestone?.kind).toBe('construction-started');
    expect(lineStatus(milestones, 'C', 2014).milestone?.date).toBe('2014-05-31');
    expect(lineStatus(milestones, 'WEPP3-W', 2020).milestone?.sourceIds).toEqual([
      'GEM_GGIT_2024_10',
    ]);
  });

  it('gives no milestone where the status is unknown', () => {
    const c = lineStatus(milestones, 'C', 2013);
    expect(c).toEqual({ status: 'status unknown', delayed: false });
    expect(lineStatus(milestones, 'WEPP3-W', 2013).milestone).toBeUndefined();
    expect(lineStatus(milestones, 'WEPP4', 2021).milestone).toBeUndefined();
  });

  it('points "not yet agreed" at the agreement still to come', () => {
    const d = lineStatus(milestones, 'D', 2012);
    expect(d.status).toBe('not yet agreed');
    expect(d.milestone?.date).toBe('2013-09');
  });

  it('marks Line D delayed from 2024, still under construction', () => {
    for (const y of [2014, 2020, 2023]) {
      const d = lineStatus(milestones, 'D', y);
      expect(d.delayed).toBe(false);
      expect(d.milestone?.kind).toBe('construction-started');
    }
    for (const y of [2024, 2025]) {
      const d = lineStatus(milestones, 'D', y);
      expect(d.status).toBe('under construction');
      expect(d.delayed).toBe(true);
      expect(d.milestone?.date).toBe('2024-02-06');
    }
  });

  it('never marks a line in service as delayed', () => {
    for (const id of ['A', 'B', 'C', 'WEPP2', 'WEPP3-W'] as LineId[])
      for (const y of YEARS) expect(lineStatus(milestones, id, y).delayed).toBe(false);
  });

  it('decides at the end of the year, whatever the precision of the date', () => {
    // 2009-12-14 counts for 2009; a month-only date (2010-10) and a year-only date (2014) too.
    expect(lineStatus(milestones, 'A', 2009).status).toBe('in service');
    expect(lineStatus(milestones, 'B', 2010).status).toBe('in service');
    expect(lineStatus(milestones, 'WEPP3-W', 2014).status).toBe('in service');
  });
});

describe('lineStatus on made-up milestones', () => {
  const m = (kind: Milestone['kind'], date: string, lineId: LineId = 'D'): Milestone => ({
    lineId,
    kind,
    date,
    sourceIds: ['X'],
    note: '',
  });

  it('is "status unknown" for a line with no milestones at all', () => {
    expect(lineStatus([], 'A', 2020)).toEqual({ status: 'status unknown', delayed: false });
    expect(lineStatus([m('agreed', '2010', 'B')], 'A', 2020).status).toBe('status unknown');
  });

  it('ignores a delay reported before the line was agreed', () => {
    const r = lineStatus([m('delayed', '2010'), m('agreed', '2012')], 'D', 2011);
    expect(r).toMatchObject({ status: 'not yet agreed', delayed: false });
  });

  it('clears a delay once a later milestone is reached', () => {
    const ms = [m('agreed', '2010'), m('delayed', '2011-03'), m('construction-started', '2013')];
    expect(lineStatus(ms, 'D', 2011)).toMatchObject({ status: 'planned', delayed: true });
    expect(lineStatus(ms, 'D', 2013)).toMatchObject({
      status: 'under construction',
      delayed: false,
    });
  });

  it('keeps the latest delay and the latest milestone of the furthest stage', () => {
    const ms = [
      m('agreed', '2010'),
      m('agreed', '2015-06'),
      m('delayed', '2016'),
      m('delayed', '2018-02'),
    ];
    expect(lineStatus(ms, 'D', 2015).milestone?.date).toBe('2015-06');
    expect(lineStatus(ms, 'D', 2019).milestone?.date).toBe('2018-02');
    expect(lineStatus(ms, 'D', 2017).milestone?.date).toBe('2016');
  });

  it('goes straight to "in service" when that is the only milestone, and ignores later delays', () => {
    const ms = [m('in-service', '2014'), m('delayed', '2016')];
    expect(lineStatus(ms, 'D', 2013).status).toBe('status unknown');
    expect(lineStatus(ms, 'D', 2017)).toMatchObject({ status: 'in service', delayed: false });
  });
});

describe('capacityInService', () => {
  const mainLines = ['A', 'B', 'C', 'D'] as const;
  const byLine = indexMilestonesByLine(milestones, lines);
  const cap = (ls: readonly PipelineLine[], year: number, ids?: readonly LineId[]) =>
    capacityInService(lineStatuses(ls, byLine, year), ids);

  it('sums Lines A–D in service at the end of each year', () => {
    const got = YEARS.map((y) => cap(lines, y, mainLines));
    const want = YEARS.map((y) => (y < 2009 ? 0 : y === 2009 ? 15 : y < 2014 ? 30 : 55));
    expect(got).toEqual(want);
  });

  it('sums every line when no ids are given', () => {
    // 2010: A 15 + B 15 + WEPP2 30; 2014 on: + C 25 + WEPP3-W 30. D and WEPP4 are not built.
    expect(cap(lines, 2010)).toBe(60);
    expect(cap(lines, 2014)).toBe(115);
    expect(cap(lines, 2025)).toBe(115);
  });

  it('is zero before any line is in service and skips lines without a capacity', () => {
    expect(cap(lines, 2005)).toBe(0);
    const noCapacity: PipelineLine[] = lines.map((l) => ({ ...l, capacityBcm: null }));
    expect(cap(noCapacity, 2020)).toBe(0);
  });

  it('counts only the lines named', () => {
    expect(cap(lines, 2020, ['C'])).toBe(25);
    expect(cap(lines, 2020, ['D', 'WEPP4'])).toBe(0);
  });
});
