import { describe, expect, it } from 'vitest';
import { buildDataset, buildRawDataset, buildTestModel, SOURCE } from '@tests/support/dataset';

describe('the synthetic dataset builder', () => {
  it('makes a valid dataset with round defaults', () => {
    const d = buildDataset();
    expect(d.trade.filter((r) => r.reporter === 'china').map((r) => r.year)).toEqual([
      2000, 2001, 2002, 2003, 2004, 2005,
    ]);
    expect(d.events).toHaveLength(1);
    expect(d.sources.map((s) => s.id)).toContain(SOURCE.total);
  });

  it('makes a source for every id a record cites', () => {
    const d = buildDataset({ events: [{ sourceIds: ['SOMEWHERE_ELSE'] }] });
    expect(d.sources.find((s) => s.id === 'SOMEWHERE_ELSE')?.title).toBe('Source SOMEWHERE_ELSE');
  });

  it('gives the model its years and default year from the data', () => {
    const m = buildTestModel({ years: [1990, 1999], gaps: [1999] });
    expect(m).toMatchObject({ minYear: 1990, maxYear: 1998, defaultYear: 1998 });
  });

  it('throws with the validation errors of a dataset the app would refuse', () => {
    expect(() => buildDataset({ events: [{ id: 'Not A Slug' }] })).toThrow(/lower-case slug/);
    expect(buildRawDataset({ events: [{ id: 'Not A Slug' }] }).events[0]!.id).toBe('Not A Slug');
  });
});
