import { describe, expect, it } from 'vitest';
import { realModel } from '@tests/support/realData';
import basemap from '../../src/features/map/basemap.json';
import { requireRoutes } from '../../src/data/routes';
import { boxesOverlap } from '../../src/features/map/labels';
import {
  arrowTowards,
  linePaths,
  MAP_HEIGHT,
  MAP_WIDTH,
  mapLabels,
  minLabelPriority,
  projectLines,
  projectPlaces,
} from '../../src/features/map/mapLayout';

const { dataset } = realModel();
const projected = projectLines(dataset.lines, requireRoutes(dataset.lines));
const marks = projectPlaces(dataset.places);

describe('linePaths', () => {
  it('draws Lines A, B and C apart although they share one route', () => {
    const paths = linePaths(projected, 1);
    const [a, b, c] = ['A', 'B', 'C'].map((id) => paths.get(id as 'A'));
    expect(new Set([a, b, c]).size).toBe(3);
    // B keeps the source route; D and the onward lines are not offset.
    expect(b).toBe(linePaths(projected, 0.5).get('B'));
    expect(paths.get('D')).toMatch(/^M[\d.]+ [\d.]+L/);
  });

  it('offsets further in map units on a narrower map, so the gap stays in pixels', () => {
    const first = (d: string | undefined) => Number(d!.slice(1).split(' ')[0]);
    const wide = first(linePaths(projected, 1).get('A')) - first(linePaths(projected, 1).get('B'));
    const narrow =
      first(linePaths(projected, 0.5).get('A')) - first(linePaths(projected, 0.5).get('B'));
    expect(Math.abs(narrow)).toBeGreaterThan(Math.abs(wide));
  });
});

describe('projectLines', () => {
  it('keeps every drawn point inside the map', () => {
    for (const l of projected)
      for (const part of l.parts)
        for (const [x, y] of part) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(MAP_WIDTH);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
        }
    expect(projected.find((l) => l.id === 'WEPP2')!.parts.length).toBeGreaterThan(0);
  });
});

describe('places, labels and the arrow towards Beijing', () => {
  it('keeps Beijing off the map and the pipeline places on it', () => {
    expect(marks.outside.map((m) => m.id)).toEqual(['beijing']);
    expect(marks.inside.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'ashgabat',
        'tashkent',
        'almaty',
        'khorgos-horgos',
        'galkynysh-gas-field',
      ]),
    );
  });

  it('points an arrow from Urumqi to the frame edge towards Beijing', () => {
    const urumqi = marks.inside.find((m) => m.id === 'urumqi')!;
    const arrow = arrowTowards([urumqi.x, urumqi.y], marks.outside[0]!, 1)!;
    expect(arrow.to[0]).toBeCloseTo(MAP_WIDTH - 6, 0);
    expect(arrow.from[0]).toBeLessThan(arrow.to[0]);
  });

  it('labels the key places on a wide map, fewer on a narrow one, none overlapping', () => {
    const wide = mapLabels(marks.inside, basemap.countries, 1);
    const narrow = mapLabels(marks.inside, basemap.countries, 0.42);
    const ids = wide.places.map((l) => l.id);
    for (const id of ['ashgabat', 'tashkent', 'almaty', 'khorgos-horgos', 'galkynysh-gas-field'])
      expect(ids).toContain(id);
    expect(narrow.places.length).toBeLessThan(wide.places.length);
    expect(narrow.marks.length).toBeLessThan(wide.marks.length);
    expect(narrow.places.map((l) => l.id)).toContain('ashgabat');
    const all = [...narrow.places, ...narrow.countries];
    for (const [i, a] of all.entries())
      for (const b of all.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
    for (const l of all) {
      expect(l.box.x0).toBeGreaterThanOrEqual(0);
      expect(l.box.y1).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('keeps only high-priority labels below 60% scale', () => {
    expect(minLabelPriority(1)).toBe(0);
    expect(minLabelPriority(0.42)).toBe(7);
  });
});
