import { act } from '@testing-library/react';
import { memo, type ComponentProps, type FunctionComponent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore, testModel } from '../../../tests/unit/render';

// Counts the renders of each list item by wrapping the real (memoized) item the same way.
const renders: string[] = [];
vi.mock('./EventItem', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./EventItem')>();
  type Props = ComponentProps<typeof actual.EventItem>;
  const Inner = (actual.EventItem as unknown as { type: FunctionComponent<Props> }).type;
  return {
    EventItem: memo(function Counted(props: Props) {
      renders.push(props.event.id);
      return Inner(props);
    }),
  };
});

const { EventList } = await import('./EventList');

describe('EventList performance', () => {
  it('re-renders only the items whose year became or stopped being the selected one', () => {
    const { store } = renderWithStore(<EventList />, { initial: { year: 2013 } });
    const { eventsByYear, events } = testModel();
    expect(renders).toHaveLength(events.length);
    const ids = (y: number) => (eventsByYear.get(y) ?? []).map((e) => e.id);

    renders.length = 0;
    act(() => store.getState().setYear(2014));
    expect(renders.sort()).toEqual([...ids(2013), ...ids(2014)].sort());

    renders.length = 0;
    act(() => store.getState().setYear(2015)); // no events in 2015
    expect(renders.sort()).toEqual(ids(2014).sort());

    renders.length = 0;
    act(() => store.getState().setSpeed(4));
    expect(renders).toEqual([]);
  });
});
