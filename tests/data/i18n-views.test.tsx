// The energy view and the claims page in Russian (and the energy model's texts in each
// language): by role and accessible name, on the shipped data and its shipped translation.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';
import { parseContent } from '../../src/data/i18n/content';
import { localizeModel } from '../../src/data/i18n/localizedModel';
import { loadCatalog, translator } from '../../src/data/i18n/messages';
import '../../src/data/i18n/later';
import { LocaleProvider } from '../../src/routing/locale';
import { ClaimsPage } from '../../src/features/claims/ClaimsPage';
import { EnergyView } from '../../src/features/energy/EnergyView';
import { PipelineMap } from '../../src/features/map/PipelineMap';
import {
  destinationNamer,
  energyCsv,
  noGasText,
  rawBcm,
  repeatedNote,
  pipelineUseText,
} from '../../src/features/energy/energyModel';
import { selectEnergyModel } from '../../src/features/energy/selectors';
import { renderWithStore } from '@tests/support/render';
import { realEnergy, realModel } from '@tests/support/realData';

const ruModel = () => localizeModel(realModel(), 'ru', parseContent(ru, 'ru'));
const LAZY = { timeout: 20_000 };

beforeAll(async () => {
  await Promise.all([loadCatalog('ru'), loadCatalog('zh')]);
});

describe('the energy view’s texts in each language', () => {
  const em = () => selectEnergyModel(realEnergy());

  it('keeps the English exactly as it was', () => {
    const t = translator('en');
    expect(noGasText(1991, em(), t)).toBe(
      'No gas export figures for 1991: the Statistical Review data here covers 2001–2023.',
    );
    expect(
      pipelineUseText(
        em().use.find((u) => u.year === 2023),
        2023,
        t,
      ),
    ).toMatch(
      /^Lines A–D in service at the end of 2023: \d+ bcm a year; sent to China: 30\.5 bcm \(\d+% of capacity\)$/,
    );
    expect(pipelineUseText(undefined, 2005, t)).toBe(
      'No line of the pipeline to China in service at the end of 2005',
    );
    expect(repeatedNote(2023, em(), t)).toContain('probably an estimate carried forward');
    const csv = energyCsv(em(), realEnergy().sourcesById, t);
    expect(csv.title).toBe(
      'Turkmenistan’s pipeline gas exports by destination, and Lines A–D capacity',
    );
    expect(csv.notes).toContain('Empty cells: no figure (never interpolated)');
    expect(csv.notes.some((n) => n.startsWith('Years 2001–2008 are incomplete'))).toBe(true);
  });

  it('speaks Russian and Chinese, with the locale’s units; CSV columns stay machine-readable', () => {
    for (const [locale, raw] of [
      ['ru', ru],
      ['zh', zh],
    ] as const) {
      const t = translator(locale);
      const name = destinationNamer(raw.names);
      const use = pipelineUseText(
        em().use.find((u) => u.year === 2023),
        2023,
        t,
        locale,
      );
      const csv = energyCsv(em(), realEnergy().sourcesById, t, locale, name);
      if (locale === 'ru') {
        expect(noGasText(1991, em(), t)).toBe(
          'Данных об экспорте газа за 1991 год нет: данные Statistical Review здесь охватывают 2001–2023 годы.',
        );
        expect(use).toMatch(
          /^Нитки A–D, действующие на конец 2023 года: \d+ млрд м³ в год; поставлено в Китай: 30,5 млрд м³/,
        );
        expect(rawBcm(10.661, 'ru')).toBe('10,661 млрд м³');
        expect(csv.notes.some((n) => n.startsWith('2001–2008 годы — неполные данные'))).toBe(true);
      } else {
        expect(use).toMatch(/^截至2023年底在运营的A—D线：每年\d+亿立方米；输往中国：305亿立方米/);
        expect(rawBcm(10.661, 'zh')).toBe('106.61亿立方米');
        expect(csv.title).toBe('土库曼斯坦管道天然气出口流向及A—D线输气能力');
      }
      expect(repeatedNote(2023, em(), t, locale, name)).not.toMatch(/[A-Za-z]{4,}’s/);
      expect(csv.columns.slice(0, 4)).toEqual(['year', 'coverage', 'china_bcm', 'russia_bcm']);
    }
  });
});

describe('the energy view in Russian', { timeout: 60_000 }, () => {
  it('names the figure, the destinations and the table in Russian, the quotes in English with their translation', async () => {
    const model = ruModel();
    renderWithStore(
      <LocaleProvider locale="ru">
        <EnergyView />
      </LocaleProvider>,
      { model, initial: { year: 2023 } },
    );
    const figure = await screen.findByRole(
      'figure',
      { name: 'Экспорт газа Туркменистана по направлениям' },
      LAZY,
    );
    const list = within(figure).getByRole('list', { name: 'Направления, 2023' });
    expect(list.textContent).toMatch(/Китай 77\s%/);
    expect(within(figure).getByText(/^2023: 39,5 млрд м³$/)).toBeTruthy();
    expect(within(figure).getByRole('list', { name: 'Направления' }).textContent).toContain(
      'Другие страны СНГ (группа)',
    );
    const claims = within(figure).getByRole('heading', {
      name: 'Утверждения статьи об энергетике',
    });
    const items = within(claims.parentElement!).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.querySelector('q')?.getAttribute('lang')).toBe('en');
      expect(item.textContent).toContain('(перевод: «');
      expect(within(item).getByRole('link', { name: 'В списке утверждений' })).toBeTruthy();
    }
    await userEvent.click(within(figure).getByRole('button', { name: 'Таблица' }));
    const table = within(figure).getByRole('table', {
      name: /Экспорт газа Туркменистана по направлениям/,
    });
    const row2009 = within(table).getByRole('row', { name: /^2009/ });
    expect(row2009.textContent).toMatch(/10,7 млрд м³ \(64\s%\)/);
    expect(within(table).getByRole('row', { name: /^2005/ }).textContent).toContain('не учтено');
    expect(
      within(figure).getByRole('columnheader', { name: 'Мощность (млрд м³ в год)' }),
    ).toBeTruthy();
  });
});

describe('the claims page in Russian', { timeout: 60_000 }, () => {
  it('has a Russian heading and list, verdicts in Russian, quotes in English with their translation', async () => {
    const model = ruModel();
    renderWithStore(
      <LocaleProvider locale="ru">
        <ClaimsPage />
      </LocaleProvider>,
      { model },
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Утверждения статьи: проверка по данным' }),
    ).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Утверждения' }, LAZY);
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(items).toHaveLength(14);
    const exports = items.find((li) => li.id === 'claim-2020-china-exports')!;
    expect(exports.querySelector('q[lang="en"]')?.textContent).toContain('$445 US million');
    expect(exports.textContent).toContain(
      `(перевод: «${ru.claims['claim-2020-china-exports'].quoteTranslation}»)`,
    );
    expect(exports.textContent).toMatch(/совпадает — данные: 445\sмлн\sдолл\./);
    expect(within(exports).getByRole('link', { name: 'Диаграмма торговли, 2020' })).toBeTruthy();
    // The computed note is in Russian, with Russian numbers; the research note is translated.
    expect(exports.querySelector('.claim__note')?.textContent?.replace(/\s/g, ' ')).toBe(
      '445 млн долл. — цифра за 2020 год.',
    );
    expect(within(exports).queryByText(/только по-английски/)).toBeNull();
    // A source's own words in a note (an HS chapter's label) stay English, marked so.
    const buysClaim = items.find((li) => li.id === 'claim-2014-china-imports-agri-textile-share')!;
    const note = buysClaim.querySelector('.claim__note')!;
    expect(note.textContent).toContain('Допуск: «mainly» («в основном») понимается как более');
    expect(note.querySelector('[lang="en"]')?.textContent).toBe('mainly');
    expect(within(buysClaim).queryByText(/только по-английски/)).toBeNull();
    for (const item of items)
      expect(item.querySelector('.claim__note')?.textContent).not.toMatch(/ figure | is read as /);
    expect(exports.textContent).toContain(
      `Примечание исследователей: ${ru.claims['claim-2020-china-exports'].note}`,
    );
    const buys = screen.getByRole('region', { name: 'Что Китай покупает у Туркменистана, 2014' });
    expect(
      within(buys).getByRole('list', { name: 'Импорт Китая по группам, 2014' }).textContent,
    ).toContain('группа 27 ТН ВЭД');
  });
});

describe('the map in Russian and Chinese', () => {
  it.each([
    [
      'ru',
      ru,
      'Карта ниток газопровода из Туркменистана в Китай',
      ['КАЗАХСТАН', 'МОНГОЛИЯ'],
      'в Пекин',
    ],
    ['zh', zh, '土库曼斯坦至中国的管道各线地图', ['哈萨克斯坦', '蒙古国'], '往北京'],
  ] as const)(
    'names the map, its countries and the arrow to Beijing in %s',
    (locale, raw, name, countries, arrow) => {
      const model = localizeModel(realModel(), locale, parseContent(raw, locale));
      renderWithStore(
        <LocaleProvider locale={locale}>
          <PipelineMap />
        </LocaleProvider>,
        { model, initial: { year: 2023 } },
      );
      const map = screen.getByRole('group', { name });
      const labels = [...map.querySelectorAll('.map-country-labels text')].map(
        (l) => l.textContent,
      );
      for (const country of countries) expect(labels).toContain(country);
      expect(labels.join(' ')).not.toMatch(/[A-Z]{3,}/);
      expect(map.querySelector('.map-arrow text')?.textContent).toBe(arrow);
    },
  );
});
