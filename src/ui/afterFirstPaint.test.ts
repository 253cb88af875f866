import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './afterFirstPaint';

/** A browser with Paint Timing: the test reports the paint by calling `paint()`. */
function paintTiming() {
  const entries: { name: string }[] = [];
  const observers: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(
    (name) => entries.filter((e) => e.name === name) as unknown as PerformanceEntryList,
  );
  return {
    paint(name: string) {
      entries.push({ name });
      [...observers].forEach((notify) => notify());
    },
    observing: () => observers.length,
  };
}

const visibility = (state: DocumentVisibilityState) =>
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });

describe('afterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    visibility('visible');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('runs once the first contentful paint is reported, and only once', () => {
    const browser = paintTiming();
    const run = vi.fn();
    afterFirstPaint(run);
    browser.paint('first-paint');
    expect(run).not.toHaveBeenCalled();
    browser.paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
    expect(browser.observing()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after 3 s at the latest when no paint is reported', () => {
    paintTiming();
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(2999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the page has painted, is hidden, or has no Paint Timing', () => {
    const browser = paintTiming();
    browser.paint('first-contentful-paint');
    const painted = vi.fn();
    afterFirstPaint(painted);
    expect(painted).toHaveBeenCalledTimes(1);

    vi.restoreAllMocks();
    paintTiming();
    visibility('hidden');
    const hidden = vi.fn();
    afterFirstPaint(hidden);
    expect(hidden).toHaveBeenCalledTimes(1);

    visibility('visible');
    vi.stubGlobal('PerformanceObserver', undefined);
    const old = vi.fn();
    afterFirstPaint(old);
    expect(old).toHaveBeenCalledTimes(1);
  });
});
