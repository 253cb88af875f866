import { describe, expect, it } from 'vitest';
import { lineStatus } from './derive';
import type { LineId, Milestone } from './schema';

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
