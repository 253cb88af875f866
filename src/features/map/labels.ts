/** Label placement for the map: greedy by priority, dropping labels whose boxes collide. */

export type LabelPosition = 'right' | 'left' | 'above' | 'below' | 'center';

export interface LabelCandidate {
  id: string;
  text: string;
  /** Anchor point (the place, or the centre of a country label), in map units. */
  x: number;
  y: number;
  /** Higher goes first. Ties keep the input order. */
  priority: number;
  /** Positions to try, in order; default right, left, above, below. */
  positions?: readonly LabelPosition[];
  /** Width of one character relative to the font size (wider for capitals). */
  charWidth?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text anchor point for SVG <text> (baseline at y). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface PlaceOptions {
  width: number;
  height: number;
  /** Font size in map units. */
  fontSize: number;
  /** Gap between the anchor point and the text, in map units. */
  gap?: number;
  /** Boxes labels must not cover (markers, the legend arrow…). */
  obstacles?: readonly Box[];
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A rough text width: no layout engine needed, good enough to thin labels. */
export function textWidth(text: string, fontSize: number, charWidth = 0.58): number {
  return text.length * fontSize * charWidth;
}

function layout(
  c: LabelCandidate,
  pos: LabelPosition,
  fontSize: number,
  gap: number,
): Omit<PlacedLabel, 'id' | 'text'> {
  const w = textWidth(c.text, fontSize, c.charWidth);
  const h = fontSize;
  // Baseline sits ~0.35 em below the vertical centre.
  const base = 0.35 * fontSize;
  switch (pos) {
    case 'right':
      return {
        x: c.x + gap,
        y: c.y + base,
        anchor: 'start',
        box: { x0: c.x + gap, y0: c.y - h / 2, x1: c.x + gap + w, y1: c.y + h / 2 },
      };
    case 'left':
      return {
        x: c.x - gap,
        y: c.y + base,
        anchor: 'end',
        box: { x0: c.x - gap - w, y0: c.y - h / 2, x1: c.x - gap, y1: c.y + h / 2 },
      };
    case 'above':
      return {
        x: c.x,
        y: c.y - gap - h / 2 + base,
        anchor: 'middle',
        box: { x0: c.x - w / 2, y0: c.y - gap - h, x1: c.x + w / 2, y1: c.y - gap },
      };
    case 'below':
      return {
        x: c.x,
        y: c.y + gap + h / 2 + base,
        anchor: 'middle',
        box: { x0: c.x - w / 2, y0: c.y + gap, x1: c.x + w / 2, y1: c.y + gap + h },
      };
    case 'center':
      return {
        x: c.x,
        y: c.y + base,
        anchor: 'middle',
        box: { x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 },
      };
  }
}

const DEFAULT_POSITIONS: readonly LabelPosition[] = ['right', 'left', 'above', 'below'];

/**
 * Places labels greedily by priority: each takes the first of its positions whose box stays in
 * the frame and touches neither an obstacle nor a label already placed; otherwise it is dropped.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  { width, height, fontSize, gap = fontSize * 0.45, obstacles = [] }: PlaceOptions,
): PlacedLabel[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  const placed: PlacedLabel[] = [];
  for (const { c } of order) {
    for (const pos of c.positions ?? DEFAULT_POSITIONS) {
      const l = layout(c, pos, fontSize, gap);
      const { box } = l;
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      if (obstacles.some((o) => boxesOverlap(o, box))) continue;
      if (placed.some((p) => boxesOverlap(p.box, box))) continue;
      placed.push({ id: c.id, text: c.text, ...l });
      break;
    }
  }
  return placed;
}
