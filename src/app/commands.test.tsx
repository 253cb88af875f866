import { translator } from '../data/i18n/messages';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { renderWithStore as renderOn, type RenderOptions } from '@tests/support/render';
import type { ReactElement } from 'react';
import { YearControls } from '../features/timeline/YearControls';
import { commandForKey, isTyping, matchesKey } from '../ui/commands';
import { explorerCommands } from './commands';
import { ExplorerCommands } from './ExplorerPage';

const model = buildTestModel({ years: [2000, 2020] });
const renderWithStore = (ui: ReactElement, options: RenderOptions = {}) =>
  renderOn(ui, { model, ...options });

/** The year controls with the explorer's commands, as the explorer mounts them. */
function Explorer() {
  return (
    <>
      <ExplorerCommands />
      <YearControls />
    </>
  );
}

describe('the explorer commands', () => {
  it('answers the K, comma and period shortcuts outside text fields', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Explorer />, { initial: { year: 2010 } });
    await user.keyboard('.');
    expect(store.getState().year).toBe(2011);
    await user.keyboard(',,');
    expect(store.getState().year).toBe(2009);
    await user.keyboard('k');
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('textbox', { name: 'Go to year' }));
    await user.keyboard('k');
    expect(store.getState().playing).toBe(true);
  });

  it('matches keys whatever their case: Shift+K and K with Caps Lock toggle play', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Explorer />, { initial: { year: 2010 } });
    await user.keyboard('{Shift>}K{/Shift}');
    expect(store.getState().playing).toBe(true);
    // Caps Lock on: the key is "K" with no Shift.
    fireEvent.keyDown(document.body, { key: 'K' });
    expect(store.getState().playing).toBe(false);
    // With Ctrl, Alt or Meta the key is the browser's.
    fireEvent.keyDown(document.body, { key: 'K', ctrlKey: true });
    expect(store.getState().playing).toBe(false);
  });

  it('opens "Keyboard shortcuts" with ? and with its button; Close returns focus', async () => {
    const user = userEvent.setup();
    renderWithStore(<Explorer />);
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    // Every command is listed with its keys.
    const t = translator('en');
    for (const c of explorerCommands)
      expect(within(dialog).getByText(t(c.title))).toBeInTheDocument();
    expect(within(dialog).getByText('K').tagName).toBe('KBD');
    expect(within(dialog).getByText('Esc').tagName).toBe('KBD');
    const closeButton = within(dialog).getByRole('button', { name: 'Close' });
    expect(closeButton).toHaveFocus();
    await user.click(closeButton);
    expect(screen.queryByRole('dialog')).toBeNull();

    const open = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(open).toHaveAttribute('aria-keyshortcuts', '?');
    await user.click(open);
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).getByRole(
        'button',
        { name: 'Close' },
      ),
    );
    await waitFor(() => expect(open).toHaveFocus());
  });

  it('leaves keys pressed inside the dialog to the dialog', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Explorer />, { initial: { year: 2010 } });
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    act(() => within(dialog).getByRole('button', { name: 'Close' }).focus());
    await user.keyboard('k.');
    expect(store.getState()).toMatchObject({ playing: false, year: 2010 });
  });
});

describe('commandForKey', () => {
  const input = (type: string) => Object.assign(document.createElement('input'), { type });

  it('is one "is the user typing" check: text fields, selects and editable content', () => {
    expect(isTyping(input('text'))).toBe(true);
    expect(isTyping(input('search'))).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(document.createElement('select'))).toBe(true);
    expect(isTyping(input('range'))).toBe(false);
    expect(isTyping(document.createElement('button'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('matches case-insensitively', () => {
    const [togglePlay] = explorerCommands;
    expect(matchesKey(togglePlay!, 'k')).toBe(true);
    expect(matchesKey(togglePlay!, 'K')).toBe(true);
    expect(matchesKey(togglePlay!, 'j')).toBe(false);
  });

  it('finds Escape only while an event is open', () => {
    const { store } = renderWithStore(<></>);
    const key = { key: 'Escape', altKey: false, ctrlKey: false, metaKey: false };
    const at = (pathname: string) => ({
      state: store.getState(),
      go: () => undefined,
      location: { pathname, search: '', hash: '', state: null, key: 'k' },
    });
    const event = { ...key, defaultPrevented: false, target: document.body };
    expect(commandForKey(explorerCommands, event, at('/'))).toBeUndefined();
    expect(commandForKey(explorerCommands, event, at('/events/x'))?.id).toBe('close-details');
  });
});
