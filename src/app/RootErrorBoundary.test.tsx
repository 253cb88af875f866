import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RootErrorBoundary } from './RootErrorBoundary';

function Broken({ message }: { message: string }): never {
  throw new Error(message);
}

/** Renders the boundary over a child that throws `message`. React reports the caught error on
 * the console; that is expected here, so the console is quiet until `vi.restoreAllMocks()`. */
function renderBroken(message: string) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  render(
    <RootErrorBoundary>
      <Broken message={message} />
    </RootErrorBoundary>,
  );
}

describe('RootErrorBoundary', () => {
  it('turns any error below it into a page with a heading and a way back', () => {
    renderBroken('External navigation is not allowed');
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
    renderBroken('Failed to fetch dynamically imported module: /assets/x.js');
    expect(screen.getByRole('alert')).toHaveTextContent(/you may be offline/);
    vi.restoreAllMocks();
  });

  it('speaks the address’s language, loading its catalog when nothing else has', async () => {
    window.history.pushState({}, '', '/zh/story');
    try {
      renderBroken('boom');
      expect(
        await screen.findByRole('heading', { level: 1, name: '无法显示浏览器' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent('绘制页面时出错。');
      expect(screen.getByRole('link', { name: '打开浏览器首页' })).toHaveAttribute('href', '/zh');
      expect(document.documentElement.lang).toBe('zh-Hans');
    } finally {
      window.history.pushState({}, '', '/');
      document.documentElement.lang = 'en';
      vi.restoreAllMocks();
    }
  });
});
