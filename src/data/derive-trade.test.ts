import { describe, expect, it } from 'vitest';
import { buildDataset, buildTestModel, SOURCE } from '@tests/support/dataset';
import { chinaShare, indexTrade } from './trade';

// Trade and gas 2000–2006 with gaps in 2002 and 2005; events in 2001 and 2003.
const model = buildTestModel({
  years: [2000, 2006],
  gaps: [2002, 2005],
  events: [{ date: '2001-02' }, { date: '2003' }, { date: '2003-11-30' }],
});
const { trade, gasByYear, eventsByYear } = model;

describe('trade and gas for a year, on a dataset with gaps', () => {
  it('gives each reporter its own row', () => {
    expect(trade.row('china', 2003)).toMatchObject({
      exportsUsd: 400_000_000,
      importsUsd: 4_000_000_000,
    });
    expect(trade.row('mirror', 2003)).toMatchObject({
      exportsUsd: 200_000_000,
      importsUsd: 2_000_000_000,
    });
  });

  it('leaves the gaps as gaps, and nothing outside the years', () => {
    for (const year of [1999, 2002, 2005, 2007]) {
      expect(trade.row('china', year)).toBeUndefined();
      expect(trade.row('mirror', year)).toBeUndefined();
      expect(gasByYear.get(year)).toBeUndefined();
      expect(chinaShare(trade, 'china', year)).toBeNull();
    }
    expect(gasByYear.get(2003)?.bcm).toBe(13);
  });

  it('returns a series in year order with no invented years, whatever the input order', () => {
    const dataset = buildDataset({ years: [2000, 2006], gaps: [2002, 2005] });
    const shuffled = indexTrade({ ...dataset, trade: [...dataset.trade].reverse() });
    expect(shuffled.series('china').map((r) => r.year)).toEqual([2000, 2001, 2003, 2004, 2006]);
  });

  it('gives the share from the bilateral row and the total, with both sources', () => {
    expect(chinaShare(trade, 'china', 2003)).toEqual({
      value: 50,
      sourceIds: [SOURCE.china, SOURCE.total],
    });
  });

  it('lists the events of a year, and none for a quiet year', () => {
    expect(eventsByYear.get(2003)).toHaveLength(2);
    expect(eventsByYear.get(2002)).toBeUndefined();
  });
});
