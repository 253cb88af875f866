import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { createExplorerStore } from './explorerStore';
import { selectYear } from './selectors';
import { StoreProvider, useExplorer, useExplorerInTransition } from './StoreProvider';

const model = buildTestModel({ years: [1990, 2010] });

function Later() {
  return <p data-testid="later">{useExplorerInTransition(selectYear)}</p>;
}
function Now() {
  return <p data-testid="now">{useExplorer(selectYear)}</p>;
}

describe('useExplorerInTransition', () => {
  it('follows its slice of the store, and only it', async () => {
    const store = createExplorerStore(model, { year: 2000 });
    let laterCommits = 0;
    render(
      <StoreProvider store={store}>
        <Now />
        <Profiler id="later" onRender={() => (laterCommits += 1)}>
          <Later />
        </Profiler>
      </StoreProvider>,
    );
    expect(screen.getByTestId('later')).toHaveTextContent('2000');
    await act(async () => store.getState().setYear(2001));
    expect(screen.getByTestId('now')).toHaveTextContent('2001');
    expect(screen.getByTestId('later')).toHaveTextContent('2001');
    // A change of anything else does not render it.
    const before = laterCommits;
    await act(async () => store.getState().setSpeed(2));
    expect(laterCommits).toBe(before);
  });
});
