import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testModel } from '../../tests/unit/render';
import { createExplorerStore, type ExplorerStoreApi } from './explorerStore';
import { startPlaybackController } from './playbackController';
import { createAppStore, StoreProvider, useExplorerStoreApi } from './StoreProvider';

const model = testModel();

describe('playback controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('advances one year per 1/speed seconds and stops at the last year', () => {
    const store = createExplorerStore(model, { year: model.maxYear - 3, speed: 2 });
    const stop = startPlaybackController(store);
    store.getState().play();
    vi.advanceTimersByTime(499);
    expect(store.getState().year).toBe(model.maxYear - 3);
    vi.advanceTimersByTime(1);
    expect(store.getState().year).toBe(model.maxYear - 2);
    vi.advanceTimersByTime(5000);
    expect(store.getState()).toMatchObject({ year: model.maxYear, playing: false });
    stop();
  });

  it('stops advancing on pause and after being stopped', () => {
    const store = createExplorerStore(model, { year: 2000, speed: 1 });
    const stop = startPlaybackController(store);
    store.getState().play();
    vi.advanceTimersByTime(1000);
    store.getState().pause();
    vi.advanceTimersByTime(5000);
    expect(store.getState().year).toBe(2001);
    store.getState().play();
    stop();
    vi.advanceTimersByTime(5000);
    expect(store.getState().year).toBe(2001);
  });

  it('applies a new speed at once', () => {
    const store = createExplorerStore(model, { year: 2000, speed: 0.5 });
    const stop = startPlaybackController(store);
    store.getState().play();
    store.getState().setSpeed(4);
    vi.advanceTimersByTime(250);
    expect(store.getState().year).toBe(2001);
    stop();
  });
});

describe('the app store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays with no view mounted: playback is started with the store, not by a view', () => {
    const store = createAppStore(model, { year: 2000, speed: 1 });
    store.getState().play();
    vi.advanceTimersByTime(3000);
    expect(store.getState().year).toBe(2003);
    store.getState().pause();
  });

  it('is the store StoreProvider makes from a model', () => {
    let api: ExplorerStoreApi | undefined;
    function Grab() {
      api = useExplorerStoreApi();
      return null;
    }
    render(
      <StoreProvider model={model} initial={{ year: 2000, speed: 2 }}>
        <Grab />
      </StoreProvider>,
    );
    act(() => api!.getState().play());
    act(() => vi.advanceTimersByTime(1000));
    expect(api!.getState().year).toBe(2002);
    act(() => api!.getState().pause());
  });
});
