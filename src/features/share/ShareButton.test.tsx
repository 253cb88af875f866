import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset, event } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';
import { ShareButton } from './ShareButton';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  vi.restoreAllMocks();
});

const dataset = buildDataset({
  years: [2000, 2005],
  events: [event({ id: 'treaty', title: 'A treaty', date: '2003-05-01' })],
});
const origin = window.location.origin;

async function openDialog(path = '/?year=2002&scale=log', theme: 'light' | 'dark' = 'light') {
  const user = userEvent.setup();
  const view = renderWithStore(<ShareButton theme={() => theme} />, { dataset, path });
  // The address is read into the store by the app's URL sync; here the store is set directly.
  const search = new URLSearchParams(path.split('?')[1] ?? '');
  if (search.get('year')) view.store.getState().setYear(Number(search.get('year')));
  if (search.get('scale') === 'log') view.store.getState().setScale('log');
  if (path.startsWith('/events/treaty')) view.store.getState().selectEvent('treaty');
  const button = screen.getByRole('button', { name: 'Share' });
  await user.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'Share' });
  return { user, view, dialog, button };
}

describe('the Share dialog', () => {
  it('opens from the Share button with the current address, and closes back to it', async () => {
    const { user, dialog, button } = await openDialog();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog).getByRole('textbox', { name: 'Address' })).toHaveValue(
      `${origin}/?year=2002&scale=log`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('copies the link and says so', async () => {
    const { user, dialog } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${origin}/?year=2002&scale=log`);
    expect(await within(dialog).findByText('Link copied')).toHaveAttribute('role', 'status');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('says when copying fails, with the address selected to copy by hand', async () => {
    const { user, dialog } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Could not copy: the text is selected above, copy it by hand/,
    );
    const field = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Address' });
    expect(field).toHaveFocus();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    expect(within(dialog).queryByText('Link copied')).toBeNull();
  });

  it('offers the native share sheet only where the browser has one', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  it('shares the title and address through navigator.share', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    document.title = 'The explorer';
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({
      title: 'The explorer',
      url: `${origin}/?year=2002&scale=log`,
    });
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('says nothing when the reader cancels the share sheet, and says when it fails', async () => {
    const share = vi
      .fn()
      .mockRejectedValueOnce(new DOMException('cancelled', 'AbortError'))
      .mockRejectedValueOnce(new DOMException('no', 'NotAllowedError'));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { user, dialog } = await openDialog();
    const button = within(dialog).getByRole('button', { name: 'Share…' });
    await user.click(button);
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(button);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/copy the link instead/);
  });

  it('gives an embed snippet for the chosen figure, with the year, choices and theme', async () => {
    const { user, dialog } = await openDialog('/?year=2002&scale=log', 'dark');
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    expect(within(dialog).getByRole('radio', { name: 'Trade' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(within(dialog).queryByRole('radio', { name: 'This event' })).toBeNull();
    expect(code).toHaveValue(
      `<iframe src="${origin}/embed/trade?year=2002&amp;reporter=china&amp;scale=log&amp;theme=dark" ` +
        `title="China–Turkmenistan trade, 2002 · China–Turkmenistan Relations Explorer" ` +
        `width="100%" height="900" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`,
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Pipeline map' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Light' }));
    expect((code as HTMLTextAreaElement).value).toContain(
      `src="${origin}/embed/map?year=2002&amp;theme=light"`,
    );
    expect(within(dialog).getByRole('link', { name: /Preview the embed/ })).toHaveAttribute(
      'href',
      `${origin}/embed/map?year=2002&theme=light`,
    );
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenCalledWith((code as HTMLTextAreaElement).value);
    expect(await within(dialog).findByText('Embed code copied')).toBeInTheDocument();
  });

  it('on an event, shares the event and embeds it by default', async () => {
    const { dialog } = await openDialog('/events/treaty');
    expect(within(dialog).getByRole('textbox', { name: 'Address' })).toHaveValue(
      // The explorer's canonical event address (the year is written unless it is the default).
      `${origin}/events/treaty?year=2003`,
    );
    expect(within(dialog).getByRole('radio', { name: 'This event' })).toBeChecked();
    expect(
      (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value,
    ).toContain(`src="${origin}/embed/events/treaty?theme=light" title="A treaty · `);
  });
});
