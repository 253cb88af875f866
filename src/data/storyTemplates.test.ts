import { describe, expect, it } from 'vitest';
import { event, line } from '@tests/support/dataset';
import type { Dataset } from './schema';
import {
  lookupValue,
  resolveTemplate,
  segmentsText,
  splitTemplate,
  TEMPLATE_KEYS,
  typedNumbers,
  type TemplateData,
} from './storyTemplates';

/** A small made-up dataset: the engine must not depend on the shipped one. */
function synthetic(): TemplateData {
  const data: Pick<Dataset, keyof TemplateData> = {
    trade: [
      {
        year: 2000,
        reporter: 'china',
        exportsUsd: 1_500_000,
        importsUsd: 250_000,
        basis: 'China',
        sourceId: 'T_CHN',
      },
      {
        year: 2000,
        reporter: 'mirror',
        exportsUsd: 9,
        importsUsd: 9,
        basis: 'mirror',
        sourceId: 'T_MIR',
      },
      {
        year: 2001,
        reporter: 'china',
        exportsUsd: 2_000_000_000,
        importsUsd: 6_070_000_000,
        basis: 'China',
        sourceId: 'T_CHN',
      },
    ],
    totalTrade: [
      {
        year: 2001,
        exportsUsd: 10_000_000_000,
        importsUsd: 6_140_000_000,
        sourceId: 'IMF_DOTS_TKM_WORLD',
      },
    ],
    gas: [
      { year: 2000, bcm: 3.55, sourceId: 'G_A' },
      { year: 2001, bcm: 21.286, sourceId: 'G_B' },
      { year: 2003, bcm: 1, sourceId: 'G_C' },
    ],
    claims: [
      {
        id: 'c-trade',
        quote: 'about $8 billion',
        year: 2001,
        measure: 'bilateral-trade',
        value: 8_070_000_000,
        unit: 'usd',
        sourceId: 'ARTICLE',
        note: '',
      },
      {
        id: 'c-share',
        quote: 'half',
        year: 2001,
        measure: 'china-share-of-tkm-trade',
        value: 90,
        unit: 'percent',
        sourceId: 'ARTICLE',
        note: '',
      },
      {
        id: 'c-gas',
        quote: '65 bcm',
        year: 2001,
        measure: 'gas-supply-target',
        value: 65,
        unit: 'bcm-per-year',
        sourceId: 'ARTICLE',
        note: '',
      },
    ],
    events: [
      event({ id: 'e-day', date: '2001-04-03', title: 'A day', sourceIds: ['E1', 'E2'] }),
      event({ id: 'e-month', date: '2001-06', title: 'A month', sourceIds: ['E1'] }),
    ],
    lines: [
      line({ id: 'A', capacityBcm: 15, lengthKm: 1833, sourceId: 'L_A' }),
      line({ id: 'B', capacityBcm: null, lengthKm: null, sourceId: 'L_B' }),
    ],
    milestones: [
      { lineId: 'A', date: '2001-12', kind: 'in-service', sourceIds: ['L_A'], note: '' },
    ],
  };
  return data;
}

const text = (template: string, data = synthetic()) => {
  const result = resolveTemplate(template, data);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return segmentsText(result.segments);
};

const errorsOf = (template: string, data = synthetic()) => {
  const result = resolveTemplate(template, data);
  return result.ok ? [] : result.errors;
};

describe('resolveTemplate', () => {
  it('writes gas in bcm with one decimal, through the app formatter', () => {
    expect(text('China bought {gasToChina.2001} of gas in 2001')).toBe(
      'China bought 21.3 bcm of gas in 2001',
    );
    expect(text('{gasToChina.2000}')).toBe('3.6 bcm');
  });

  it('writes money with three significant digits and words', () => {
    expect(text('{chinaExports.2000} and {chinaImports.2000}')).toBe(
      '$1.50 million and $250 thousand',
    );
    expect(text('{bilateral.2001}; balance {balance.2001}')).toBe(
      '$8.07 billion; balance $4.07 billion',
    );
  });

  it('reads China-reported rows, never the mirror', () => {
    expect(text('{chinaExports.2000}')).not.toContain('$9');
  });

  it('computes the share of the total trade and marks it as derived', () => {
    const result = resolveTemplate('{shareOfTkmTrade.2001}', synthetic());
    expect(result.ok && segmentsText(result.segments)).toBe('50%');
    expect(result.ok && result.sourceIds).toEqual(['T_CHN', 'IMF_DOTS_TKM_WORLD', 'APP_DERIVED']);
  });

  it('sums a range of gas years only when every year has a figure', () => {
    expect(text('{gasToChinaTotal.2000-2001}')).toBe('24.8 bcm');
    expect(errorsOf('{gasToChinaTotal.2000-2003}')).toEqual([
      '{gasToChinaTotal.2000-2003}: no figure for gas to China in 2002, so no total for 2000-2003',
    ]);
    expect(errorsOf('{gasToChinaTotal.2003-2000}')[0]).toMatch(/not an ascending range/);
  });

  it('gives an article claim, the data for it and the verdict', () => {
    expect(text('{claim.c-trade} / {claimData.c-trade} / {verdict.c-trade}')).toBe(
      '$8.07 billion / $8.07 billion / matches',
    );
    expect(text('{claim.c-share} vs {claimData.c-share}: {verdict.c-share}')).toBe(
      '90% vs 50%: differs',
    );
    expect(text('{claim.c-gas}, {verdict.c-gas}')).toBe('65.0 bcm a year, cannot be checked');
    expect(errorsOf('{claimData.c-gas}')[0]).toMatch(/no data value/);
  });

  it('gives dates as precise as their source', () => {
    expect(text('on {date.e-day}, in {date.e-month}')).toBe('on 3 April 2001, in June 2001');
  });

  it('gives line attributes and the capacity in service', () => {
    expect(text('{lineLength.A}, {lineCapacity.A}')).toBe('1,833 km, 15.0 bcm a year');
    expect(text('{capacityInService.2001}')).toBe('15.0 bcm a year');
    expect(errorsOf('{capacityInService.2000}')[0]).toMatch(/no line of the pipeline/);
    expect(errorsOf('{lineCapacity.B}')[0]).toMatch(/line B has no capacity/);
    expect(errorsOf('{lineLength.Z}')[0]).toMatch(/no pipeline line "Z"/);
  });

  it('collects the sources of every value, once each', () => {
    const result = resolveTemplate('{gasToChina.2000} {gasToChina.2000} {date.e-day}', synthetic());
    expect(result.ok && result.sourceIds).toEqual(['G_A', 'E1', 'E2']);
  });

  it('fails on a value the data does not have, and never prints "undefined"', () => {
    for (const template of [
      '{gasToChina.2002}',
      '{chinaExports.1999}',
      '{bilateral.2002}',
      '{shareOfTkmTrade.2000}',
      '{claim.nope}',
      '{date.nope}',
      '{gasToChina.last}',
    ]) {
      const result = resolveTemplate(`x ${template} y`, synthetic());
      expect(result.ok, template).toBe(false);
      expect(JSON.stringify(result)).not.toMatch(/undefined|NaN/);
    }
    expect(errorsOf('{gasToChina.2002}')).toEqual([
      '{gasToChina.2002}: no figure for gas to China in 2002',
    ]);
  });

  it('fails on an unknown, empty or malformed placeholder', () => {
    expect(errorsOf('{oilToChina.2001}')[0]).toMatch(/unknown placeholder "oilToChina"/);
    expect(errorsOf('{gasToChina}')[0]).toMatch(/needs an argument/);
    expect(errorsOf('{ }')[0]).toMatch(/empty placeholder/);
    expect(errorsOf('a {gasToChina.2001')[0]).toMatch(/unmatched brace/);
    expect(errorsOf('a }')[0]).toMatch(/unmatched brace/);
    expect(errorsOf('{constructor.x}')[0]).toMatch(/unknown placeholder/);
  });

  it('fails on a number typed into the text; years are labels and may be typed', () => {
    expect(errorsOf('China bought 21.3 bcm in 2012')).toEqual([
      'the number "21.3" is typed in: numbers come from the data, as placeholders',
    ]);
    expect(errorsOf('Nearly 70% went north')[0]).toMatch(/"70"/);
    expect(text('In 1992 and 2006–2008 nothing was measured')).toBe(
      'In 1992 and 2006–2008 nothing was measured',
    );
  });
});

describe('template helpers', () => {
  it('splits text and placeholders', () => {
    expect(splitTemplate('a {x.1} b').parts).toEqual([
      { text: 'a ' },
      { key: 'x.1' },
      { text: ' b' },
    ]);
  });

  it('finds typed numbers outside placeholders only', () => {
    expect(typedNumbers('{gasToChina.2012} in 2012, 1,833 km, 3 lines, year 1850')).toEqual([
      '1,833',
      '3',
      '1850',
    ]);
  });

  it('knows every documented placeholder', () => {
    expect([...TEMPLATE_KEYS].sort()).toEqual(
      [
        'balance',
        'bilateral',
        'capacityInService',
        'chinaExports',
        'chinaImports',
        'claim',
        'claimData',
        'date',
        'gasToChina',
        'gasToChinaTotal',
        'lineCapacity',
        'lineLength',
        'shareOfTkmTrade',
        'verdict',
      ].sort(),
    );
    expect(typeof lookupValue('gasToChina.2001', synthetic())).toBe('object');
  });
});
