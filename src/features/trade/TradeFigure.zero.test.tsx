import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';
import { loadCatalog } from '../../data/i18n/messages';
import type { Locale } from '../../data/locale';
import { buildModel } from '../../data/model';
import { LocaleProvider } from '../../routing/locale';
import { TradeFigure } from './TradeFigure';

/** A small dataset (2000–2005) with China's exports in 2000 set to zero. */
function modelWithZero() {
  const dataset = structuredClone(buildDataset());
  const row = dataset.trade.find((r) => r.reporter === 'china' && r.year === 2000);
  if (!row) throw new Error('no 2000 row');
  row.exportsUsd = 0;
  return buildModel(dataset);
}

function renderAt(scale: 'log' | 'linear', locale: Locale = 'en') {
  renderWithStore(
    <LocaleProvider locale={locale}>
      <TradeFigure />
    </LocaleProvider>,
    { model: modelWithZero(), initial: { year: 2000, scale } },
  );
  return within(screen.getByRole('figure', { name: locale === 'en' ? /trade/i : undefined }));
}

beforeAll(() => Promise.all([loadCatalog('ru'), loadCatalog('zh')]));

describe('a zero on the log scale', { timeout: 30_000 }, () => {
  it('is named in the sources note on the log scale', () => {
    const figure = renderAt('log');
    expect(
      figure.getByText(/On the log scale a zero cannot be drawn: China’s exports in 2000 is \$0/),
    ).toBeInTheDocument();
    // This dataset has a figure for every year: no sentence on gaps ("No figures for no year").
    expect(figure.queryByText(/No figures|no year/)).toBeNull();
  });

  it('is named in Russian on a Russian page', () => {
    // Russian: after the sources sentence, a space; Chinese sentences are not spaced apart.
    expect(
      renderAt('log', 'ru').getByText(
        /[^.]\. На логарифмической шкале ноль изобразить нельзя, а нулю равно значение экспорта Китая \(2000\),/,
      ),
    ).toBeInTheDocument();
  });

  it('is named in Chinese, not spaced apart from the sentence before it', () => {
    expect(
      renderAt('log', 'zh').getByText(/[^。]。对数刻度无法绘制零值：中国2000年的出口为零，/),
    ).toBeInTheDocument();
  });

  it('needs no note on the linear scale, where a zero is drawn', () => {
    const figure = renderAt('linear');
    expect(figure.queryByText(/a zero cannot be drawn/)).toBeNull();
  });
});
