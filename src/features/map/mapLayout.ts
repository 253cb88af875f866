/**
 * Everything the map draws that does not depend on the year: projected lines (with A, B and C
 * side by side), places, labels and the arrow towards Beijing. Pure; computed once per dataset
 * and per container width, never per year step.
 */
import type { Routes } from '../../data/routes';
import type { LineId, PipelineLine, Place } from '../../data/schema';
import basemap from './basemap.json';
import {
  clipPolyline,
  edgeExit,
  inFrame,
  makeProjection,
  offsetPolyline,
  pathOf,
  projectParts,
  type Point,
} from './geometry';
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './labels';
import { placeLabel, placePriority } from './lineInfo';

export const MAP_WIDTH = basemap.width;
export const MAP_HEIGHT = basemap.height;

const projection = makeProjection(basemap.projection);
export const project = (lonLat: [number, number]): [number, number] | null => projection(lonLat);

/** Lines that share one route in the source, and their order across it (left to right). */
const SIDE_BY_SIDE: Partial<Record<LineId, number>> = { A: -1, B: 0, C: 1 };
/** Distance between side-by-side lines, in screen pixels. */
export const LINE_SPACING_PX = 4.5;

export interface ProjectedLine {
  id: LineId;
  parts: Point[][];
}

/** Projected lines, clipped to the map (the onward lines run far east, out of the frame). */
export function projectLines(lines: readonly PipelineLine[], routes: Routes): ProjectedLine[] {
  const frame = [0, 0, MAP_WIDTH, MAP_HEIGHT] as const;
  return lines.map((l) => ({
    id: l.id,
    parts: projectParts(project, routes.get(l.id) ?? []).flatMap((part) =>
      clipPolyline(part, frame),
    ),
  }));
}

/** SVG path per line at a given scale (screen px per map unit), shared routes offset apart. */
export function linePaths(projected: readonly ProjectedLine[], scale: number): Map<LineId, string> {
  const unit = LINE_SPACING_PX / scale;
  return new Map(
    projected.map((l) => {
      const k = SIDE_BY_SIDE[l.id] ?? 0;
      const parts = k ? l.parts.map((p) => offsetPolyline(p, k * unit)) : l.parts;
      return [l.id, pathOf(parts)];
    }),
  );
}

export interface PlaceMark {
  id: string;
  name: string;
  kind: string;
  x: number;
  y: number;
}

export function projectPlaces(places: readonly Place[]): {
  inside: PlaceMark[];
  outside: PlaceMark[];
} {
  const marks = places.flatMap((p) => {
    const xy = project([p.lon, p.lat]);
    return xy ? [{ id: p.id, name: p.name, kind: p.kind, x: xy[0], y: xy[1] }] : [];
  });
  const isIn = (m: PlaceMark) => inFrame([m.x, m.y], MAP_WIDTH, MAP_HEIGHT, 2);
  return { inside: marks.filter(isIn), outside: marks.filter((m) => !isIn(m)) };
}

export interface Arrow {
  id: string;
  name: string;
  /** Its label ("to Beijing", in the page's language). */
  text: string;
  /** Tail and tip of the arrow, and where its label goes. */
  from: Point;
  to: Point;
  label: { x: number; y: number; anchor: 'end' | 'start' };
  box: Box;
}

/** An arrow at the frame's edge pointing from `origin` towards a place off the map, labelled
 * `text`. */
export function arrowTowards(
  origin: Point,
  target: PlaceMark,
  scale: number,
  text = `to ${target.name}`,
): Arrow | null {
  const margin = 6 / scale;
  const exit = edgeExit(origin, [target.x, target.y], MAP_WIDTH, MAP_HEIGHT, margin);
  if (!exit) return null;
  const length = 34 / scale;
  const rad = (exit.angle * Math.PI) / 180;
  const from: Point = [
    exit.point[0] - Math.cos(rad) * length,
    exit.point[1] - Math.sin(rad) * length,
  ];
  const fontSize = 12 / scale;
  const width = text.length * fontSize * 0.58;
  const label = { x: exit.point[0], y: exit.point[1] - 10 / scale, anchor: 'end' as const };
  const box: Box = {
    x0: Math.min(from[0], exit.point[0] - width) - 2 / scale,
    y0: label.y - fontSize,
    x1: exit.point[0] + 2 / scale,
    y1: Math.max(from[1], exit.point[1]) + 6 / scale,
  };
  return { id: target.id, name: target.name, text, from, to: exit.point, label, box };
}

export interface MapLabels {
  /** Places drawn at this scale (a narrow map shows only the important ones). */
  marks: PlaceMark[];
  places: PlacedLabel[];
  countries: PlacedLabel[];
  fontSize: number;
  countryFontSize: number;
  markerRadius: number;
}

/** On a narrow map only the most important places are labelled (capitals, pipeline ends). */
export function minLabelPriority(scale: number): number {
  return scale < 0.6 ? 7 : 0;
}

/** Place and country labels for a scale, thinned where they would collide. */
export function mapLabels(
  places: readonly PlaceMark[],
  countries: readonly { id: string; name: string; label: number[] | null }[],
  scale: number,
  obstacles: readonly Box[] = [],
): MapLabels {
  const fontSize = 12 / scale;
  const countryFontSize = 10.5 / scale;
  const markerRadius = 3.5 / scale;
  const floor = minLabelPriority(scale);
  const shown = places.filter((p) => placePriority(p) >= floor);
  const markers: Box[] = shown.map((p) => ({
    x0: p.x - markerRadius,
    y0: p.y - markerRadius,
    x1: p.x + markerRadius,
    y1: p.y + markerRadius,
  }));
  const placeCandidates: LabelCandidate[] = shown.map((p) => ({
    id: p.id,
    text: placeLabel(p.name),
    x: p.x,
    y: p.y,
    priority: placePriority(p),
  }));
  const placed = placeLabels(placeCandidates, {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    fontSize,
    obstacles: [...markers, ...obstacles],
  });
  const countryCandidates: LabelCandidate[] = countries.flatMap((c) =>
    c.label
      ? [
          {
            id: c.id,
            text: c.name.toUpperCase(),
            x: c.label[0] ?? 0,
            y: c.label[1] ?? 0,
            priority: 0,
            positions: ['center'] as const,
            // Chinese characters are about a full em wide; capital Latin or Cyrillic letters less.
            charWidth: /[\u3400-\u9fff]/.test(c.name) ? 1.05 : 0.78,
          },
        ]
      : [],
  );
  const countryLabels = placeLabels(countryCandidates, {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    fontSize: countryFontSize,
    obstacles: [...markers, ...obstacles, ...placed.map((p) => p.box)],
  });
  return {
    marks: shown,
    places: placed,
    countries: countryLabels,
    fontSize,
    countryFontSize,
    markerRadius,
  };
}
