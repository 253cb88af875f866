import { describe, expect, it } from 'vitest';
import { realModel as testModel } from '@tests/support/realData';
import { coverageText, yearCoverage } from '../../src/data/coverage';

const model = testModel();
const at = (year: number) => {
  const c = yearCoverage(model).find((r) => r.year === year);
  if (!c) throw new Error(`no year ${year}`);
  return c;
};

describe('year coverage', () => {
  it('one entry per year of the slider, built once per model', () => {
    const rows = yearCoverage(model);
    expect(rows[0]?.year).toBe(model.minYear);
    expect(rows.at(-1)?.year).toBe(model.maxYear);
    expect(rows).toHaveLength(model.maxYear - model.minYear + 1);
    expect(yearCoverage(model)).toBe(rows);
  });

  it('classifies trade as China-reported, news only or missing', () => {
    expect(at(2020)).toMatchObject({ trade: 'china', mirror: true, gasToChinaBcm: 27.216 });
    expect(at(2023).trade).toBe('news');
    expect(at(2022).trade).toBe('none');
    expect(at(1991).trade).toBe('none');
  });

  it('counts events and reads gas coverage, incomplete years included', () => {
    const events2022 = model.eventsByYear.get(2022)?.length ?? 0;
    expect(at(2022).events).toBe(events2022);
    expect(at(2009).gasToChinaBcm).toBeNull(); // the pipeline opened in December 2009
    expect(at(2010).gasToChinaBcm).toBe(3.55);
    expect(at(2024).gasToChinaBcm).toBeNull();
  });

  it('says it as text, every number derived', () => {
    const n = model.eventsByYear.get(2022)?.length ?? 0;
    expect(coverageText(at(2022))).toBe(
      `2022: no official trade figures; gas to China 32.9 bcm; ${n} event${n === 1 ? '' : 's'}`,
    );
    expect(coverageText(at(2023))).toContain('a rounded news figure only (low confidence)');
    expect(coverageText(at(2005))).toContain('; no gas to China figure;');
    expect(coverageText({ ...at(1993), events: 0 })).toBe(
      '1993: China-reported and mirror trade figures; no gas to China figure; no events',
    );
    expect(coverageText({ ...at(1993), events: 1, mirror: false, trade: 'mirror' })).toBe(
      '1993: mirror trade figures only; no gas to China figure; 1 event',
    );
  });
});
