import { describe, expect, it } from 'vitest';
import { buildDataset, buildTestModel } from '@tests/support/dataset';
import { eventsInYear, gasForYear, tradeForYear, tradeSeries } from './derive';

// Trade and gas 2000–2006 with gaps in 2002 and 2005; events in 2001 and 2003.
const dataset = buildDataset({
  years: [2000, 2006],
  gaps: [2002, 2005],
  events: [{ date: '2001-02' }, { date: '2003' }, { date: '2003-11-30' }],
});

describe('trade and gas for a year, on a dataset with gaps', () => {
  it('gives each reporter its own row', () => {
    expect(tradeForYear(dataset.trade, 'china', 2003)).toMatchObject({
      exportsUsd: 400_000_000,
      importsUsd: 4_000_000_000,
    });
    expect(tradeForYear(dataset.trade, 'mirror', 2003)).toMatchObject({
      exportsUsd: 200_000_000,
      importsUsd: 2_000_000_000,
    });
  });

  it('leaves the gaps as gaps, and nothing outside the years', () => {
    for (const year of [1999, 2002, 2005, 2007]) {
      expect(tradeForYear(dataset.trade, 'china', year)).toBeUndefined();
      expect(tradeForYear(dataset.trade, 'mirror', year)).toBeUndefined();
      expect(gasForYear(dataset.gas, year)).toBeUndefined();
    }
    expect(gasForYear(dataset.gas, 2003)?.bcm).toBe(13);
  });

  it('returns a series in year order with no invented years', () => {
    const shuffled = [...dataset.trade].reverse();
    expect(tradeSeries(shuffled, 'china').map((r) => r.year)).toEqual([
      2000, 2001, 2003, 2004, 2006,
    ]);
  });

  it('lists the events of a year, and none for a quiet year', () => {
    const { eventsByYear } = buildTestModel({
      events: [{ date: '2001-02' }, { date: '2003' }, { date: '2003-11-30' }],
    });
    expect(eventsInYear(eventsByYear, 2003)).toHaveLength(2);
    expect(eventsInYear(eventsByYear, 2002)).toEqual([]);
  });
});
