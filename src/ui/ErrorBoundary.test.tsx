import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let broken = true;
function Flaky() {
  if (broken) throw new Error('drawing failed');
  return <p>The view is back</p>;
}

function Healthy() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Clicked {n}
    </button>
  );
}

describe('ErrorBoundary', () => {
  it('shows a message and a retry for a broken view while the others keep working', async () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <>
        <ErrorBoundary name="The trade figure">
          <Flaky />
        </ErrorBoundary>
        <ErrorBoundary name="The event list">
          <Healthy />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The trade figure could not be shown.');
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The view is back')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a reload when a lazily loaded part could not be fetched', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    function Offline(): never {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/PipelineMap.js');
    }
    render(
      <ErrorBoundary name="The pipeline map">
        <Offline />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be loaded; you may be offline/);
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});
