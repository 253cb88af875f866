import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRawDataset } from '@tests/support/dataset';
import { parseDataset } from '../data/validate';
import { DatasetErrorPage } from './DatasetErrorPage';

/** What the checks say of a dataset with a gas volume that is not a number. */
function brokenErrors(): string[] {
  const broken = structuredClone(buildRawDataset()) as unknown as { gas: { bcm: unknown }[] };
  broken.gas[0]!.bcm = 'lots';
  const result = parseDataset(broken);
  if (result.ok) throw new Error('a broken dataset passed');
  return result.errors;
}

afterEach(() => {
  window.history.pushState({}, '', '/');
  document.documentElement.lang = 'en';
});

describe('DatasetErrorPage', () => {
  it('names the broken record and field of a broken dataset', () => {
    render(<DatasetErrorPage errors={brokenErrors()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('could not be loaded');
    expect(screen.getByRole('listitem')).toHaveTextContent('gas[0], field "bcm"');
  });

  // No model means no locale routes: the page loads the address's catalog itself.
  it.each([
    [
      '/ru/sources',
      'ru',
      'Данные обозревателя не удалось загрузить',
      /не прошёл проверку/,
      '…и ещё 5.',
    ],
    ['/zh/claims', 'zh-Hans', '无法加载浏览器的数据', /数据集未通过校验/, '…另有5条。'],
  ])(
    'speaks the language of the address %s, the errors themselves as the checks write them',
    async (path, lang, heading, text, more) => {
      window.history.pushState({}, '', path);
      const errors = brokenErrors();
      render(
        <DatasetErrorPage errors={[...errors, ...Array.from({ length: 24 }, (_, i) => `e${i}`)]} />,
      );
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByText(text)).toBeInTheDocument();
      expect(screen.getByText(more)).toBeInTheDocument();
      expect(screen.getByRole('list')).toHaveAttribute('lang', 'en');
      expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('gas[0], field "bcm"');
      expect(document.documentElement.lang).toBe(lang);
    },
  );
});
