import { describe, expect, it } from 'vitest';
import { parseRoutes } from './routes';

const route = (
  lineId: string,
  points = [
    [60, 38],
    [70, 42],
  ],
) => ({
  lineId,
  coordinates: [points],
});

describe('parseRoutes', () => {
  it("gives each of the dataset's lines its route, and no other line's", () => {
    const result = parseRoutes([route('A'), route('B'), route('D')], [{ id: 'A' }, { id: 'D' }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.routes.keys()]).toEqual(['A', 'D']);
    expect(result.routes.get('A')).toEqual([
      [
        [60, 38],
        [70, 42],
      ],
    ]);
  });

  it('names a line of the dataset that has no route', () => {
    expect(parseRoutes([route('A')], [{ id: 'A' }, { id: 'B' }])).toEqual({
      ok: false,
      errors: ['lines[1] (id "B"): no route'],
    });
  });

  it('refuses two routes for one line', () => {
    expect(parseRoutes([route('A'), route('A')], [{ id: 'A' }])).toEqual({
      ok: false,
      errors: ['routes[1] (line "A"): a second route'],
    });
  });

  it('names the record and field the schema refuses', () => {
    const result = parseRoutes(
      [
        route('A'),
        route('Z'),
        route('B', [[60, 38]]),
        route('C', [
          [200, 38],
          [70, 42],
        ]),
      ],
      [{ id: 'A' }],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    expect(result.errors[0]).toMatch(/^routes\[1\], field "lineId": /);
    expect(result.errors[1]).toBe('routes[2], field "coordinates.0": a line needs two points');
    expect(result.errors[2]).toMatch(/^routes\[3\], field "coordinates.0.0.0": /);
  });

  it('says when the file is not a list at all', () => {
    const result = parseRoutes({}, [{ id: 'A' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^routes: /);
  });
});
