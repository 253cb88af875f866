import { act } from '@testing-library/react';
import { memo, type ComponentProps, type FunctionComponent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { buildTestModel } from '@tests/support/dataset';
import { renderWithStore } from '@tests/support/render';

// Two events in 2002, one in 2003, none in 2004, and others around them.
const model = buildTestModel({
  years: [2000, 2006],
  events: ['2000', '2002-01', '2002-07-01', '2003', '2005', '2006-03'].map((date) => ({ date })),
});

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
    const { store } = renderWithStore(<EventList />, { model, initial: { year: 2002 } });
    const { eventsByYear, events } = model;
    expect(renders).toHaveLength(events.length);
    const ids = (y: number) => (eventsByYear.get(y) ?? []).map((e) => e.id);

    renders.length = 0;
    act(() => store.getState().setYear(2003));
    expect(renders.sort()).toEqual([...ids(2002), ...ids(2003)].sort());
    expect(renders).toHaveLength(3);

    renders.length = 0;
    act(() => store.getState().setYear(2004)); // no events in 2004
    expect(renders.sort()).toEqual(ids(2003).sort());
    expect(renders).toHaveLength(1);

    renders.length = 0;
    act(() => store.getState().setSpeed(4));
    expect(renders).toEqual([]);
  });
});
