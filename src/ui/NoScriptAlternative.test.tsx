import '../data/i18n/later';
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWithStore } from '@tests/support/render';
import { loadCatalog } from '../data/i18n/messages';
import { LocaleProvider } from '../routing/locale';
import { NoScriptAlternative } from './NoScriptAlternative';
import { NoScriptContent, NoScriptFigure } from './NoScriptFigure';

beforeAll(() => Promise.all([loadCatalog('ru'), loadCatalog('zh')]));

const links = () =>
  screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')] as const);

describe("a figure's alternative without JavaScript", () => {
  it("stands for the map's view: its title, why it is not drawn, its data files", () => {
    renderWithStore(<NoScriptAlternative figure="map" heading />);
    const view = screen.getByRole('region', { name: 'Central Asia–China gas pipeline' });
    expect(view).toHaveTextContent('JavaScript is turned off in this browser, so the map is not');
    expect(links()).toEqual([
      ['pipelines.geojson', '/data/pipelines.geojson'],
      ['milestones.csv', '/data/milestones.csv'],
      ['All data files and how to cite', '/sources#data'],
    ]);
    // The files are downloads; the sources page is a page of the app.
    const [geojson, , sources] = within(view).getAllByRole('link');
    expect(geojson).toHaveAttribute('download');
    expect(sources).not.toHaveAttribute('download');
  });

  it('is a note inside the trade figure, with no heading of its own', () => {
    renderWithStore(<NoScriptAlternative figure="trade" />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText(/so the chart is not drawn/)).toBeInTheDocument();
    expect(links().map(([, href]) => href)).toEqual([
      '/data/trade.csv',
      '/data/total-trade.csv',
      '/sources#data',
    ]);
  });

  it("speaks the page's language, and links to the sources page in it", () => {
    renderWithStore(
      <LocaleProvider locale="ru">
        <NoScriptAlternative figure="energy" heading />
      </LocaleProvider>,
    );
    const view = screen.getByRole('region', { name: 'Экспорт газа Туркменистана по направлениям' });
    expect(view).toHaveTextContent('В этом браузере отключён JavaScript');
    expect(links()).toEqual([
      ['gas-exports.csv', '/data/gas-exports.csv'],
      ['Все файлы данных и как цитировать', '/ru/sources#data'],
    ]);
  });

  it('is drawn in Chinese too', () => {
    renderWithStore(
      <LocaleProvider locale="zh">
        <NoScriptAlternative figure="trade" />
      </LocaleProvider>,
    );
    expect(screen.getByText(/此浏览器已关闭 JavaScript/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '全部数据文件及引用方式' })).toHaveAttribute(
      'href',
      '/zh/sources#data',
    );
  });

  it('is never drawn in the browser: its noscript stays empty, whatever it is given', () => {
    const { container } = render(
      <NoScriptContent value={() => <p>baked only</p>}>
        <NoScriptFigure figure="map" heading />
      </NoScriptContent>,
    );
    const noscript = container.querySelector('noscript');
    expect(noscript).not.toBeNull();
    expect(noscript?.innerHTML).toBe('');
  });
});
