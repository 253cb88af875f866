import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { renderWithStore as renderOn, type RenderOptions } from '@tests/support/render';
import type { ReactElement } from 'react';
import { YearControls } from './YearControls';

// Data from 1990 to 2010, with two events in 2009.
const model = buildTestModel({
  years: [1990, 2010],
  events: [{ date: '2009-03' }, { date: '2009-10-01' }, { date: '1995' }],
});
const renderWithStore = (ui: ReactElement, options: RenderOptions = {}) =>
  renderOn(ui, { model, ...options });

describe('YearControls', () => {
  it('shows a Year slider with its range and value in years', () => {
    renderWithStore(<YearControls />, { initial: { year: 2009 } });
    const slider = screen.getByRole('slider', { name: 'Year' });
    expect(slider).toHaveAttribute('aria-valuemin', '1990');
    expect(slider).toHaveAttribute('aria-valuemax', '2010');
    expect(slider).toHaveAttribute('aria-valuenow', '2009');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      '2009: China-reported and mirror trade figures; gas to China 29.0 bcm; 2 events',
    );
  });

  it('Play becomes Pause while playing, and back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<YearControls />, { initial: { year: 2000 } });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('changes the speed with the Speed control', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<YearControls />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '4 yr/s');
    expect(store.getState().speed).toBe(4);
  });

  it('goes to a typed year, and explains a year outside the data', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<YearControls />);
    const field = screen.getByRole('textbox', { name: 'Go to year' });
    await user.type(field, '2005{Enter}');
    expect(store.getState().year).toBe(2005);
    await user.clear(field);
    await user.type(field, '2090{Enter}');
    expect(store.getState().year).toBe(2010);
    expect(screen.getByRole('alert')).toHaveTextContent('showing 2010');
    await user.clear(field);
    await user.type(field, 'soon{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a year from 1990 to 2010');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('steps with the Previous and Next year buttons, disabled at the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<YearControls />, { initial: { year: 2009 } });
    await user.click(screen.getByRole('button', { name: 'Next year' }));
    expect(store.getState().year).toBe(2010);
    expect(screen.getByRole('button', { name: 'Next year' })).toBeDisabled();
    act(() => store.getState().setYear(1990));
    expect(screen.getByRole('button', { name: 'Previous year' })).toBeDisabled();
  });
});
