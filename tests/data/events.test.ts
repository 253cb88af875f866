import { describe, expect, it } from 'vitest';
import { realModel } from '@tests/support/realData';
import { categoriesInData } from '../../src/data/model';
import { countByCategory, filterEvents, groupByYear } from '../../src/features/events/eventLogic';

describe('the shipped events', () => {
  it('covers every category of the shipped events', () => {
    const { events } = realModel();
    const categories = categoriesInData(events);
    const counts = countByCategory(events, categories);
    expect(categories.reduce((sum, c) => sum + (counts[c] ?? 0), 0)).toBe(events.length);
    expect(categories).toContain('culture-science');
  });

  it('finds shipped events by a person', () => {
    const { events } = realModel();
    const found = filterEvents(events, { categories: [], query: 'berdimuhamedov' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(events.length);
  });

  it('puts every shipped event in exactly one group', () => {
    const { events, eventYears } = realModel();
    const groups = groupByYear(events, 'oldest');
    expect(groups.map((g) => g.year)).toEqual(eventYears);
    expect(groups.reduce((n, g) => n + g.events.length, 0)).toBe(events.length);
  });
});
