import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../data/locale';
import { LocaleProvider } from '../routing/locale';
import { useDetailsOpen } from './useDetailsCover';

function Probe() {
  return <p>{useDetailsOpen() ? 'open' : 'closed'}</p>;
}

function at(path: string, locale: Locale) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <LocaleProvider locale={locale}>
        <Probe />
      </LocaleProvider>
    </MemoryRouter>,
  );
}

describe('useDetailsOpen', () => {
  it.each([
    ['/events/visit', 'en', 'open'],
    ['/ru/events/visit', 'ru', 'open'],
    ['/zh/events/visit?year=2001', 'zh', 'open'],
    ['/ru/sources', 'ru', 'closed'],
    ['/', 'en', 'closed'],
  ] as const)('at %s (%s): %s', (path, locale, shown) => {
    at(path, locale);
    expect(screen.getByText(shown)).toBeInTheDocument();
  });
});
