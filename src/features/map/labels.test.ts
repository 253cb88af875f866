import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, textWidth, type LabelCandidate } from './labels';

const opts = { width: 400, height: 200, fontSize: 10, gap: 4 };

describe('placeLabels', () => {
  it('places a lone label to the right of its point', () => {
    const [l] = placeLabels([{ id: 'a', text: 'Ashgabat', x: 100, y: 100, priority: 1 }], opts);
    expect(l).toMatchObject({ id: 'a', x: 104, anchor: 'start' });
    expect(l!.box.x1 - l!.box.x0).toBeCloseTo(textWidth('Ashgabat', 10));
  });

  it('gives way to the higher priority and tries other sides before dropping', () => {
    const c: LabelCandidate[] = [
      { id: 'low', text: 'Olot', x: 100, y: 100, priority: 1 },
      { id: 'high', text: 'Bukhara', x: 104, y: 100, priority: 9 },
    ];
    const placed = placeLabels(c, opts);
    expect(placed.map((p) => p.id)).toEqual(['high', 'low']);
    expect(placed[1]!.anchor).not.toBe('start');
    expect(boxesOverlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('drops a label that fits nowhere', () => {
    const c: LabelCandidate[] = [
      { id: 'a', text: 'Tashkent', x: 100, y: 100, priority: 2, positions: ['center'] },
      { id: 'b', text: 'Tashkent', x: 101, y: 101, priority: 1, positions: ['center'] },
    ];
    expect(placeLabels(c, opts).map((p) => p.id)).toEqual(['a']);
  });

  it('keeps labels inside the frame and off obstacles', () => {
    const edge = placeLabels([{ id: 'e', text: 'Urumqi', x: 395, y: 100, priority: 1 }], opts);
    expect(edge[0]!.anchor).toBe('end');
    const blocked = placeLabels(
      [{ id: 'x', text: 'Almaty', x: 100, y: 100, priority: 1, positions: ['right'] }],
      { ...opts, obstacles: [{ x0: 110, y0: 95, x1: 120, y1: 105 }] },
    );
    expect(blocked).toEqual([]);
  });

  it('keeps input order among equal priorities', () => {
    const c: LabelCandidate[] = [
      { id: 'first', text: 'AAAA', x: 100, y: 100, priority: 1, positions: ['center'] },
      { id: 'second', text: 'BBBB', x: 100, y: 100, priority: 1, positions: ['center'] },
    ];
    expect(placeLabels(c, opts).map((p) => p.id)).toEqual(['first']);
  });

  it('thins more labels when the font is larger (a narrow map)', () => {
    const towns: LabelCandidate[] = Array.from({ length: 8 }, (_, i) => ({
      id: `t${i}`,
      text: 'Town',
      x: 60 + i * 30,
      y: 100,
      priority: 8 - i,
    }));
    const wide = placeLabels(towns, { ...opts, fontSize: 8 });
    const narrow = placeLabels(towns, { ...opts, fontSize: 24 });
    expect(narrow.length).toBeLessThan(wide.length);
    expect(narrow[0]!.id).toBe('t0');
  });
});

describe('boxesOverlap', () => {
  it('treats touching edges as apart', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(boxesOverlap(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxesOverlap(a, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
  });
});
