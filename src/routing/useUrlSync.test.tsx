import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../tests/unit/render';
import { URL_WRITE_DELAY_MS, URL_WRITE_MAX_WAIT_MS, useUrlSync } from './useUrlSync';

function Sync() {
  useUrlSync();
  return null;
}

describe('useUrlSync, store → address', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const step = (store: ReturnType<typeof renderWithStore>['store'], year: number, ms: number) => {
    act(() => store.getState().setYear(year));
    act(() => vi.advanceTimersByTime(ms));
  };

  it('writes the address once scrubbing pauses, not between steps', () => {
    const { store, location } = renderWithStore(<Sync />, { path: '/?year=2000' });
    step(store, 2001, URL_WRITE_DELAY_MS - 50);
    step(store, 2002, URL_WRITE_DELAY_MS - 50);
    step(store, 2003, URL_WRITE_DELAY_MS - 50);
    expect(location()).toBe('/?year=2000');
    act(() => vi.advanceTimersByTime(50));
    expect(location()).toBe('/?year=2003');
  });

  it('does not fall further behind than the maximum wait during a long scrub', () => {
    const { store, location } = renderWithStore(<Sync />, { path: '/?year=2000' });
    const every = URL_WRITE_DELAY_MS / 3;
    let year = 2000;
    for (let t = 0; t < URL_WRITE_MAX_WAIT_MS; t += every) step(store, ++year, every);
    expect(location()).not.toBe('/?year=2000');
    expect(location()).toMatch(/^\/\?year=20\d\d$/);
  });
});
