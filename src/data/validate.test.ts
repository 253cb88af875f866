import { describe, expect, it } from 'vitest';
import { rawDataset } from './dataset';
import { parseDataset } from './validate';

const clone = () => structuredClone(rawDataset) as Record<string, Record<string, unknown>[]>;

describe('parseDataset', () => {
  it('accepts the shipped dataset', () => {
    const result = parseDataset(rawDataset);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.events.length).toBeGreaterThanOrEqual(50);
    expect(result.dataset.sources.length).toBeGreaterThan(50);
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
      expect(result.errors[0]).toMatch(/^sources\[0\] \(id "WIKI_ARTICLE"\), field "title"/);
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
