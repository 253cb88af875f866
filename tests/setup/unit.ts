import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => cleanup());

// The event details and sources pages are lazy chunks. On a cold, busy CI machine the first
// import of one (transformed on demand by Vite) can take longer than Testing Library's default
// 1 s for findBy/waitFor, which made a route test fail once in CI. Give async queries 10 s.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout: give Recharts and other measuring code a size to work with.
class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: 800, height: 400 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom has no scrolling either: code that keeps a focused element in view (the event list, a
// frame after focus moves) would throw there, after the test that moved the focus has ended.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// jsdom has no modal dialogs: enough of one for the components (the browser tests use the real).
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
};

if (!window.matchMedia) {
  window.matchMedia = vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    addListener: vi.fn(),
    removeListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }));
}

// Fail any test that logs a console error or a React warning.
const fail =
  (kind: string) =>
  (...args: unknown[]) => {
    throw new Error(`console.${kind} during a test: ${args.map(String).join(' ')}`);
  };
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(fail('error'));
  vi.spyOn(console, 'warn').mockImplementation(fail('warn'));
});
afterEach(() => vi.restoreAllMocks());
