import { describe, expect, it } from 'vitest';
import { buildRawDataset, event, SOURCE } from '@tests/support/dataset';
import { parseDataset } from './validate';

// Six events, trade and gas 2010–2014, a line and its milestone: enough records to break.
const raw = () =>
  buildRawDataset({
    years: [2010, 2014],
    events: [1, 2, 3, 4, 5, 6].map((n) => event({ date: `${2010 + (n % 5)}` }, n)),
    lines: [{ id: 'A' }],
    milestones: [{ lineId: 'A', date: '2011', kind: 'agreed', eventId: 'event-1' }],
  });
const clone = () => structuredClone(raw()) as unknown as Record<string, Record<string, unknown>[]>;

describe('parseDataset', () => {
  it('accepts a well-formed dataset and keeps every record', () => {
    const result = parseDataset(raw());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.events).toHaveLength(6);
    expect(result.dataset.trade).toHaveLength(10);
    expect(result.dataset).toEqual(raw());
  });

  it('names the record and field of a malformed date', () => {
    const broken = clone();
    broken.events![3]!.date = '1998-13-40';
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(
      /^events\[3\] \(id "[a-z0-9-]+"\), field "date": must be YYYY/,
    );
  });

  it('rejects a negative trade value and names the field', () => {
    const broken = clone();
    broken.trade![0]!.exportsUsd = -5;
    const result = parseDataset(broken);
    expect(result.ok || result.errors).toEqual([
      'trade[0], field "exportsUsd": must not be negative',
    ]);
  });

  it('rejects an unknown category', () => {
    const broken = clone();
    broken.events![0]!.category = 'sports';
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toContain('field "category"');
  });

  it('rejects a missing field', () => {
    const broken = clone();
    delete broken.sources![0]!.title;
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(
        new RegExp(`^sources\\[0\\] \\(id "${SOURCE.china}"\\), field "title"`),
      );
  });

  it('rejects a source id that the sources table does not hold', () => {
    const broken = clone();
    broken.gas![2]!.sourceId = 'NOWHERE_2020';
    const result = parseDataset(broken);
    expect(result.ok || result.errors).toEqual([
      'gas[2] (year 2012), field "sourceId": unknown source id "NOWHERE_2020"',
    ]);
  });

  it('rejects duplicate event ids and milestones that point at no event', () => {
    const broken = clone();
    broken.events![1]!.id = broken.events![0]!.id;
    broken.milestones![0]!.eventId = 'no-such-event';
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.includes('duplicate id'))).toBe(true);
    expect(result.errors.some((e) => e.includes('unknown event "no-such-event"'))).toBe(true);
  });

  it('rejects something that is not a dataset at all', () => {
    const result = parseDataset('hello');
    expect(result.ok).toBe(false);
  });
});
