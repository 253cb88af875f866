// The story, the share dialog and the error boundaries in Russian (and the story in Chinese).
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ru from '../../src/data/raw/i18n/ru.json';
import zh from '../../src/data/raw/i18n/zh.json';
import { RootErrorBoundary } from '../../src/app/RootErrorBoundary';
import { loadCatalog } from '../../src/data/i18n/messages';
import { ShareButton } from '../../src/features/share/ShareButton';
import { LocaleProvider } from '../../src/routing/locale';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { buildDataset, event } from '@tests/support/dataset';
import { renderExplorer } from '@tests/support/explorer';
import { realModel } from '@tests/support/realData';
import { renderWithStore } from '@tests/support/render';

beforeAll(() => Promise.all([loadCatalog('ru'), loadCatalog('zh')]));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the story in Russian and Chinese', () => {
  it('shows the Russian chapter, its figures and its interface in Russian', async () => {
    renderExplorer({ model: realModel(), path: '/ru/story/pipeline-2009' });
    const title = ru.story.chapters['pipeline-2009'].title;
    const region = await screen.findByRole('region', { name: title }, { timeout: 20000 });
    expect(within(region).getByRole('heading', { level: 1 })).toHaveTextContent(ru.story.title);
    expect(region).toHaveTextContent('Глава 5 из 10');
    expect(region).toHaveTextContent(/\d км/);
    expect(region).toHaveTextContent(/млрд м³ в год/);
    expect(region).not.toHaveTextContent(/bcm|Chapter|\{/);
    expect(within(region).getByRole('link', { name: /Далее/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/ru\/story\//),
    );
    expect(within(region).getByRole('link', { name: /Назад/ })).toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'Источники' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toContain(title));
  }, 30_000);

  it('shows the Chinese chapter with its figures in Chinese', async () => {
    renderExplorer({ model: realModel(), path: '/zh/story/partnership-2014' });
    const title = zh.story.chapters['partnership-2014'].title;
    const region = await screen.findByRole('region', { name: title }, { timeout: 20000 });
    expect(region).toHaveTextContent('第7章，共10章');
    expect(region).toHaveTextContent(/亿立方米/);
    expect(region).toHaveTextContent(/2013年\d+月\d+日/);
    expect(within(region).getByRole('link', { name: /下一章/ })).toBeInTheDocument();
  }, 30_000);
});

// jsdom has no modal dialogs: enough of one for the component (the browser tests use the real).
const { showModal, close } = HTMLDialogElement.prototype;
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(() => {
  cleanup();
  HTMLDialogElement.prototype.showModal = showModal;
  HTMLDialogElement.prototype.close = close;
});

describe('the Share dialog in Russian', () => {
  it('shares the Russian page and embeds the Russian figure', async () => {
    const user = userEvent.setup();
    const dataset = buildDataset({
      years: [2000, 2005],
      events: [event({ id: 'treaty', title: 'A treaty', date: '2003-05-01' })],
    });
    const view = renderWithStore(
      <LocaleProvider locale="ru">
        <ShareButton theme={() => 'dark'} />
      </LocaleProvider>,
      { dataset, path: '/ru?year=2002' },
    );
    view.store.getState().setYear(2002);
    await user.click(screen.getByRole('button', { name: 'Поделиться' }));
    const dialog = await screen.findByRole('dialog', { name: 'Поделиться' });
    const origin = window.location.origin;
    expect(within(dialog).getByRole('textbox', { name: 'Адрес' })).toHaveValue(
      `${origin}/ru?year=2002`,
    );
    const snippet = within(dialog).getByRole('textbox', { name: 'Код для встраивания' });
    expect((snippet as HTMLTextAreaElement).value).toContain(
      `src="${origin}/ru/embed/trade?year=2002&amp;reporter=china&amp;scale=linear&amp;theme=dark"`,
    );
    expect((snippet as HTMLTextAreaElement).value).toContain(
      'title="Торговля Китая и Туркменистана, 2002 · ',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Карта газопровода' }));
    expect((snippet as HTMLTextAreaElement).value).toContain(`${origin}/ru/embed/map?year=2002`);
    expect(
      within(dialog).getByRole('link', { name: /Посмотреть встроенный график/ }),
    ).toHaveAttribute('href', expect.stringContaining('/ru/embed/map?'));
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();
  });
});

function Broken(): never {
  throw new Error('drawing failed');
}

describe('error boundaries in Russian', () => {
  it('says a view could not be shown, in the page’s language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    render(
      <LocaleProvider locale="ru">
        <ErrorBoundary name="График торговли">
          <Broken />
        </ErrorBoundary>
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'График торговли: не удалось показать. При отрисовке произошла ошибка',
    );
    expect(screen.getByRole('button', { name: 'Попробовать снова' })).toBeInTheDocument();
  });

  it('reads the language from the address outside the locale’s provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    window.history.pushState({}, '', '/ru/sources');
    try {
      render(
        <RootErrorBoundary>
          <Broken />
        </RootErrorBoundary>,
      );
      expect(
        screen.getByRole('heading', { level: 1, name: 'Обозреватель не удалось показать' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Перезагрузить страницу' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /начальную страницу/ })).toHaveAttribute(
        'href',
        '/ru',
      );
    } finally {
      window.history.pushState({}, '', '/');
    }
  });
});
