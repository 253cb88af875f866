import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useIdle, whenIdle } from './idle';

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
