/**
 * The sticky year controls' height, kept on the root element as `--year-controls-height`, so
 * that `scroll-padding-top` (timeline.css, jumpBar.css) keeps what takes focus, or a view jumped
 * to, out from under them. Read in a ResizeObserver, after layout: never a forced layout.
 *
 * Kept from two places: the baked page's boot script, from its first layout until the app is
 * live (a reader may tap the phone's jump bar before that: the browser then follows the link
 * itself, and without the height the view lands under the controls), and YearControls after.
 */

/** The element whose height is kept: the year controls' section carries it. */
export const STICKY_CONTROLS = 'data-sticky-controls';

/**
 * Keeps the property at `el`'s height; stops when `keep()` turns false. The returned function
 * stops it too, and removes the property. Without ResizeObserver it does nothing.
 */
export function followStickyHeight(el: HTMLElement, keep: () => boolean = () => true): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const root = document.documentElement;
  const observer = new ResizeObserver(() => {
    if (keep()) root.style.setProperty('--year-controls-height', `${Math.ceil(el.offsetHeight)}px`);
    else observer.disconnect();
  });
  observer.observe(el);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--year-controls-height');
  };
}
