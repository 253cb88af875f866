import type { CSSProperties } from 'react';

/**
 * The trade chart's size, written once for TypeScript and CSS: TradeChart draws at these heights,
 * and TradeFigure sets `CHART_SIZE_PROPERTIES` on the chart's box, from which trade.css sizes the
 * placeholder, so that nothing moves when the chart replaces it.
 */
/** The chart is drawn narrow when its box is narrower than this (px). */
export const CHART_NARROW_BELOW = 520;
export const CHART_HEIGHT = 360;
export const CHART_HEIGHT_NARROW = 300;

/** Whether a chart of this width (px, 0 before it is measured) is drawn narrow. */
export const isNarrowChart = (width: number) => width > 0 && width < CHART_NARROW_BELOW;

/** The same numbers as CSS custom properties, for the chart's box (see trade.css). */
export const CHART_SIZE_PROPERTIES = {
  '--trade-chart-height': `${CHART_HEIGHT}px`,
  '--trade-chart-height-narrow': `${CHART_HEIGHT_NARROW}px`,
  '--trade-chart-narrow-below': `${CHART_NARROW_BELOW}px`,
} as CSSProperties;
