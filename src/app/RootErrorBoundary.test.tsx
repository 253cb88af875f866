import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RootErrorBoundary } from './RootErrorBoundary';

function Broken({ message }: { message: string }): never {
  throw new Error(message);
}

describe('RootErrorBoundary', () => {
  it('turns any error below it into a page with a heading and a way back', () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    render(
      <RootErrorBoundary>
        <Broken message="External navigation is not allowed" />
      </RootErrorBoundary>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'The explorer could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/Something went wrong/);
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /start page/ })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('says the app could not be loaded when a chunk failed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    render(
      <RootErrorBoundary>
        <Broken message="Failed to fetch dynamically imported module: /assets/x.js" />
      </RootErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/you may be offline/);
    vi.restoreAllMocks();
  });
});
