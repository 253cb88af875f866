import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useIdle, useWantedWhenNear, whenIdle } from './idle';

const settle = () => new Promise((ok) => setTimeout(ok, 50));

describe('whenIdle', () => {
  it('runs the callback once, after the current task', async () => {
    const callback = vi.fn();
    whenIdle(callback);
    expect(callback).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    await settle();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not run a cancelled callback', async () => {
    const callback = vi.fn();
    const cancel = whenIdle(callback);
    cancel();
    await settle();
    expect(callback).not.toHaveBeenCalled();
  });
});

function Deferred() {
  return <p>{useIdle() ? 'drawn' : 'placeholder'}</p>;
}

describe('useIdle', () => {
  it('is false on the first render and true once the browser is idle', async () => {
    render(<Deferred />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    expect(await screen.findByText('drawn')).toBeInTheDocument();
  });
});

function Chart() {
  const [ref, wanted] = useWantedWhenNear<HTMLDivElement>();
  return <div ref={ref}>{wanted ? 'chart' : 'placeholder'}</div>;
}

describe('useWantedWhenNear', () => {
  it('draws the view only once it comes near the viewport', async () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    class FakeObserver {
      targets: Element[] = [];
      constructor(public callback: IntersectionObserverCallback) {
        observers.push(this);
      }
      observe(target: Element) {
        this.targets.push(target);
      }
      disconnect() {
        this.targets = [];
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      render(<Chart />);
      await act(settle);
      expect(screen.getByText('placeholder')).toBeInTheDocument();
      const observer = observers.find((o) => o.targets.length > 0);
      expect(observer).toBeDefined();
      act(() =>
        observer!.callback(
          [{ isIntersecting: true, target: observer!.targets[0] } as IntersectionObserverEntry],
          observer as unknown as IntersectionObserver,
        ),
      );
      expect(await screen.findByText('chart')).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('draws the view when idle where there is no IntersectionObserver', async () => {
    render(<Chart />);
    expect(await screen.findByText('chart')).toBeInTheDocument();
  });
});
