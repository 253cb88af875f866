import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';
import { parseContent } from '../../data/i18n/content';
import { localizeModel } from '../../data/i18n/localizedModel';
import { loadCatalog } from '../../data/i18n/messages';
import { LocaleProvider } from '../../routing/locale';
import { EventDetails } from './EventDetails';

// One event with a note on its sources, in Russian: with the note translated, and without.
const NOTE = 'The article dates this visit to June 2001; the sources say July.';
const english = buildTestModel({
  years: [2000, 2002],
  events: [{ id: 'visit', date: '2001-06', note: NOTE }],
});
const russian = (note?: string) =>
  localizeModel(
    english,
    'ru',
    parseContent(
      {
        locale: 'ru',
        events: { visit: { title: 'Визит', summary: 'Они встретились.', ...(note && { note }) } },
      },
      'ru',
    ),
  );

function renderDetails(note?: string) {
  return renderWithStore(
    <LocaleProvider locale="ru">
      <Routes>
        <Route path="events/:eventId" element={<EventDetails />} />
      </Routes>
    </LocaleProvider>,
    { model: russian(note), path: '/events/visit' },
  );
}

beforeAll(() => loadCatalog('ru'));

describe('the event details in Russian', () => {
  it('show the note on the sources in Russian, without "English only"', async () => {
    renderDetails('Статья относит этот визит к июню 2001 года; источники называют июль.');
    const note = await screen.findByRole('region', { name: 'Примечание об источниках' });
    expect(note).toHaveTextContent(
      'Статья относит этот визит к июню 2001 года; источники называют июль.',
    );
    expect(note).not.toHaveTextContent('только по-английски');
    expect(note.querySelector('[lang="en"]')).toBeNull();
  });

  it('show an untranslated note in English, marked English and "English only"', async () => {
    renderDetails();
    const note = await screen.findByRole('region', { name: 'Примечание об источниках' });
    expect(note).toHaveTextContent(NOTE);
    expect(note).toHaveTextContent('только по-английски');
    expect(note.querySelector('[lang="en"]')).toHaveTextContent(/^The article dates/);
  });
});
