/** Pure geometry for the pipeline map: projected polylines, offsets, SVG paths, frame edges. */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';

export type Point = [number, number];

export interface ProjectionParams {
  parallels: number[];
  rotate: number[];
  scale: number;
  translate: number[];
}

/** Rebuilds the projection scripts/data/build-map.mjs used for the outlines, from its parameters. */
export function makeProjection(p: ProjectionParams): GeoProjection {
  return geoConicEqualArea()
    .parallels([p.parallels[0] ?? 0, p.parallels[1] ?? 0])
    .rotate([p.rotate[0] ?? 0, p.rotate[1] ?? 0])
    .scale(p.scale)
    .translate([p.translate[0] ?? 0, p.translate[1] ?? 0]);
}

/** Projects each part of a line ([lon, lat][][]) to map points; unprojectable points are dropped. */
export function projectParts(
  project: (lonLat: [number, number]) => [number, number] | null,
  parts: readonly (readonly (readonly [number, number])[])[],
): Point[][] {
  return parts.map((part) =>
    part.flatMap((c) => {
      const p = project([c[0], c[1]]);
      return p ? [p as Point] : [];
    }),
  );
}

/** Removes consecutive points closer than `epsilon` (duplicated vertices have no direction). */
export function dedupe(points: readonly Point[], epsilon = 1e-6): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) > epsilon) out.push(p);
  }
  return out;
}

/**
 * Offsets a polyline sideways by `offset` units: positive to the right of the direction of travel
 * in screen coordinates (y down), negative to the left. Corners are mitred, with the mitre capped
 * at `miterLimit` × |offset| so sharp turns do not shoot out.
 */
export function offsetPolyline(points: readonly Point[], offset: number, miterLimit = 3): Point[] {
  const pts = dedupe(points);
  if (offset === 0 || pts.length < 2) return pts.map((p) => [p[0], p[1]]);
  // Unit normals (to the right of travel, y down) of each segment.
  const normals: Point[] = [];
  for (let i = 0; i < pts.length - 1; i += 1) {
    const [x0, y0] = pts[i]!;
    const [x1, y1] = pts[i + 1]!;
    const len = Math.hypot(x1 - x0, y1 - y0);
    normals.push([-(y1 - y0) / len, (x1 - x0) / len]);
  }
  return pts.map((p, i) => {
    const before = normals[i - 1];
    const after = normals[i];
    let nx: number;
    let ny: number;
    if (!before || !after) {
      const n = (before ?? after)!;
      [nx, ny] = [n[0] * offset, n[1] * offset];
    } else {
      const mx = before[0] + after[0];
      const my = before[1] + after[1];
      const mlen = Math.hypot(mx, my);
      if (mlen < 1e-9) {
        // A full U-turn: fall back to the incoming normal.
        [nx, ny] = [before[0] * offset, before[1] * offset];
      } else {
        const ux = mx / mlen;
        const uy = my / mlen;
        // Length so that the offset edges stay `offset` away from both segments.
        const cos = ux * after[0] + uy * after[1];
        const scale = Math.min(Math.abs(offset) / cos, miterLimit * Math.abs(offset));
        [nx, ny] = [ux * scale * Math.sign(offset), uy * scale * Math.sign(offset)];
      }
    }
    return [p[0] + nx, p[1] + ny];
  });
}

/** An SVG path ("M x y L x y …") for polyline parts, with one decimal. */
export function pathOf(parts: readonly (readonly Point[])[]): string {
  const r = (v: number) => String(Math.round(v * 10) / 10);
  return parts
    .filter((part) => part.length >= 2)
    .map((part) => part.map((p, i) => `${i ? 'L' : 'M'}${r(p[0])} ${r(p[1])}`).join(''))
    .join('');
}

export function inFrame(p: Point, width: number, height: number, margin = 0): boolean {
  return p[0] >= margin && p[0] <= width - margin && p[1] >= margin && p[1] <= height - margin;
}

/**
 * Where the straight segment from `from` (inside the frame) towards `to` (outside it) leaves the
 * frame inset by `margin`, and its heading in degrees (0 = east, 90 = south, y down).
 * `null` when `to` is inside the frame or `from` is outside it.
 */
export function edgeExit(
  from: Point,
  to: Point,
  width: number,
  height: number,
  margin = 0,
): { point: Point; angle: number } | null {
  if (!inFrame(from, width, height, margin) || inFrame(to, width, height, margin)) return null;
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const ts: number[] = [];
  if (dx > 0) ts.push((width - margin - from[0]) / dx);
  if (dx < 0) ts.push((margin - from[0]) / dx);
  if (dy > 0) ts.push((height - margin - from[1]) / dy);
  if (dy < 0) ts.push((margin - from[1]) / dy);
  const t = Math.min(...ts);
  return {
    point: [from[0] + dx * t, from[1] + dy * t],
    angle: (Math.atan2(dy, dx) * 180) / Math.PI,
  };
}

/** Clips a segment to a rectangle (Liang–Barsky); `null` when it lies wholly outside. */
export function clipSegment(
  a: Point,
  b: Point,
  [x0, y0, x1, y1]: readonly [number, number, number, number],
): [Point, Point] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return null;
    }
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/**
 * Clips a polyline to a rectangle, splitting it where it leaves and re-enters, so what is drawn
 * (and its bounding box) stays inside the map.
 */
export function clipPolyline(
  points: readonly Point[],
  rect: readonly [number, number, number, number],
): Point[][] {
  const parts: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const seg = clipSegment(points[i]!, points[i + 1]!, rect);
    if (!seg) {
      if (current.length > 1) parts.push(current);
      current = [];
      continue;
    }
    const last = current[current.length - 1];
    if (last && last[0] === seg[0][0] && last[1] === seg[0][1]) current.push(seg[1]);
    else {
      if (current.length > 1) parts.push(current);
      current = [seg[0], seg[1]];
    }
  }
  if (current.length > 1) parts.push(current);
  return parts;
}
