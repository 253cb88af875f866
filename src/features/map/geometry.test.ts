import { describe, expect, it } from 'vitest';
import basemap from './basemap.json';
import {
  clipPolyline,
  clipSegment,
  dedupe,
  edgeExit,
  inFrame,
  makeProjection,
  offsetPolyline,
  pathOf,
  projectParts,
  type Point,
} from './geometry';

const close = (a: readonly Point[], b: readonly Point[]) => {
  expect(a).toHaveLength(b.length);
  a.forEach((p, i) => {
    expect(p[0]).toBeCloseTo(b[i]![0], 6);
    expect(p[1]).toBeCloseTo(b[i]![1], 6);
  });
};

describe('offsetPolyline', () => {
  it('moves a straight line to the right of travel for a positive offset (y down)', () => {
    close(
      offsetPolyline(
        [
          [0, 0],
          [10, 0],
        ],
        2,
      ),
      [
        [0, 2],
        [10, 2],
      ],
    );
    close(
      offsetPolyline(
        [
          [0, 0],
          [10, 0],
        ],
        -3,
      ),
      [
        [0, -3],
        [10, -3],
      ],
    );
  });

  it('keeps a mitred corner at the offset distance from both segments', () => {
    // East then south: the right-hand side is inside the corner.
    const out = offsetPolyline(
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
      1,
    );
    close(out, [
      [0, 1],
      [9, 1],
      [9, 10],
    ]);
  });

  it('caps the mitre at sharp turns', () => {
    const out = offsetPolyline(
      [
        [0, 0],
        [10, 0],
        [0, 0.1],
      ],
      1,
      3,
    );
    const corner = out[1]!;
    expect(Math.hypot(corner[0] - 10, corner[1])).toBeLessThanOrEqual(3 + 1e-9);
  });

  it('ignores repeated vertices and returns copies for a zero offset', () => {
    const pts: Point[] = [
      [0, 0],
      [0, 0],
      [0, 5],
    ];
    close(offsetPolyline(pts, 1), [
      [-1, 0],
      [-1, 5],
    ]);
    const same = offsetPolyline(pts, 0);
    expect(same).toEqual(dedupe(pts));
    expect(same[0]).not.toBe(pts[0]);
  });

  it('leaves a single point alone', () => {
    expect(offsetPolyline([[1, 2]], 4)).toEqual([[1, 2]]);
  });
});

describe('pathOf', () => {
  it('writes one move-and-lines run per part, rounded to a tenth, skipping lone points', () => {
    expect(
      pathOf([
        [
          [0, 0],
          [1.234, 5.678],
        ],
        [[3, 3]],
        [
          [2, 2],
          [3, 4],
        ],
      ]),
    ).toBe('M0 0L1.2 5.7M2 2L3 4');
  });
});

describe('edgeExit and inFrame', () => {
  it('finds where a segment leaves the frame and its heading', () => {
    const exit = edgeExit([50, 50], [200, 50], 100, 100);
    expect(exit?.point).toEqual([100, 50]);
    expect(exit?.angle).toBe(0);
    const diagonal = edgeExit([50, 50], [150, 0], 100, 100, 10);
    expect(diagonal?.point[0]).toBeCloseTo(90);
    expect(diagonal?.point[1]).toBeCloseTo(30);
    expect(diagonal?.angle).toBeCloseTo(-26.565, 2);
  });

  it('is null when the target is inside or the origin outside', () => {
    expect(edgeExit([50, 50], [60, 60], 100, 100)).toBeNull();
    expect(edgeExit([-5, 50], [200, 50], 100, 100)).toBeNull();
    expect(inFrame([0, 0], 10, 10)).toBe(true);
    expect(inFrame([0, 0], 10, 10, 1)).toBe(false);
  });
});

describe('the map projection', () => {
  const projection = makeProjection(basemap.projection);
  const xy = (lon: number, lat: number) => projectParts(projection, [[[lon, lat]]])[0]![0]!;

  it('puts the pipeline region inside the viewBox and Beijing outside', () => {
    for (const [lon, lat] of [
      [62.36, 37.3], // Galkynysh
      [58.38, 37.94], // Ashgabat
      [80.41, 44.21], // Khorgos
      [87.6, 43.83], // Urumqi
    ] as const)
      expect(inFrame(xy(lon, lat), basemap.width, basemap.height)).toBe(true);
    expect(inFrame(xy(116.4, 39.9), basemap.width, basemap.height)).toBe(false);
  });

  it('keeps west to the left and north up', () => {
    expect(xy(60, 40)[0]).toBeLessThan(xy(80, 40)[0]);
    expect(xy(70, 45)[1]).toBeLessThan(xy(70, 38)[1]);
  });
});

describe('the built outlines', () => {
  it('hold the Central Asia subset, small enough to ship', () => {
    const names = basemap.countries.map((c) => c.name);
    for (const n of [
      'Turkmenistan',
      'Uzbekistan',
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'China',
    ])
      expect(names).toContain(n);
    expect(names).not.toContain('Brazil');
    expect(JSON.stringify(basemap).length).toBeLessThan(60_000);
  });
});

describe('clipSegment and clipPolyline', () => {
  const rect = [0, 0, 10, 10] as const;

  it('clips a segment to the rectangle, or drops it when outside', () => {
    expect(clipSegment([5, 5], [15, 5], rect)).toEqual([
      [5, 5],
      [10, 5],
    ]);
    expect(clipSegment([-5, 5], [15, 5], rect)).toEqual([
      [0, 5],
      [10, 5],
    ]);
    expect(clipSegment([12, 0], [15, 5], rect)).toBeNull();
    expect(clipSegment([2, 2], [3, 3], rect)).toEqual([
      [2, 2],
      [3, 3],
    ]);
  });

  it('splits a polyline that leaves and comes back, keeping joined runs whole', () => {
    const parts = clipPolyline(
      [
        [2, 2],
        [5, 2],
        [15, 2],
        [15, 8],
        [5, 8],
      ],
      rect,
    );
    expect(parts).toEqual([
      [
        [2, 2],
        [5, 2],
        [10, 2],
      ],
      [
        [10, 8],
        [5, 8],
      ],
    ]);
    expect(
      clipPolyline(
        [
          [20, 20],
          [30, 30],
        ],
        rect,
      ),
    ).toEqual([]);
  });
});
