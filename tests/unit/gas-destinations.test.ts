import { describe, expect, it } from 'vitest';
import { gasExportRows, normaliseDestination } from '../../scripts/data/gas-destinations.mjs';

describe('gas destination normalisation (import)', () => {
  it('makes Russia and Russian Federation one country, keeping the edition’s wording', () => {
    expect(normaliseDestination('Russia')).toEqual({
      destination: 'Russia',
      published: 'Russia',
      kind: 'country',
    });
    expect(normaliseDestination(' Russian Federation ')).toEqual({
      destination: 'Russia',
      published: 'Russian Federation',
      kind: 'country',
    });
  });

  it('keeps groups as groups and reads the coverage of the total rows', () => {
    expect(normaliseDestination('Other CIS')).toMatchObject({
      destination: 'Other CIS',
      kind: 'group',
    });
    expect(normaliseDestination('Other Former Soviet Union').kind).toBe('group');
    expect(normaliseDestination('Total (excl. intra-FSU trade)')).toEqual({
      destination: 'Total',
      published: 'Total (excl. intra-FSU trade)',
      kind: 'total',
      coverage: 'excl-intra-fsu',
    });
    expect(normaliseDestination('Total').coverage).toBe('all');
  });

  it('refuses a spelling it does not know rather than splitting a country', () => {
    expect(() => normaliseDestination('Russian Fed.')).toThrow(/unknown gas destination/);
  });

  it('gives every row its year’s coverage and copies values unchanged', () => {
    const rows = gasExportRows([
      { year: '2008', destination: 'Iran', bcm: '6.500', source_id: 'BP_SR_2009' },
      {
        year: '2008',
        destination: 'Total (excl. intra-FSU trade)',
        bcm: '6.500',
        source_id: 'BP_SR_2009',
      },
      { year: '2009', destination: 'Russia', bcm: '10.661', source_id: 'BP_SR_2010' },
      { year: '2009', destination: 'Total', bcm: '16.727', source_id: 'BP_SR_2010' },
    ]);
    expect(rows.map((r) => [r.year, r.destination, r.coverage, r.bcm])).toEqual([
      [2008, 'Iran', 'excl-intra-fsu', 6.5],
      [2008, 'Total', 'excl-intra-fsu', 6.5],
      [2009, 'Russia', 'all', 10.661],
      [2009, 'Total', 'all', 16.727],
    ]);
    expect(() =>
      gasExportRows([{ year: '2010', destination: 'Iran', bcm: '1', source_id: 'X' }]),
    ).toThrow(/no total row for 2010/);
  });
});
