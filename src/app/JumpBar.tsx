import { memo, useEffect, useState, type MouseEvent } from 'react';
import type { MessageId } from '../data/i18n/messages';
import { useT } from '../routing/locale';
import './jumpBar.css';

/** A view the bar jumps to: the id of its box on the page, and its name's message. */
export interface JumpView {
  id: string;
  label: MessageId;
}

/** Where the bar is shown (jumpBar.css says the same). */
const NARROW = '(max-width: 720px)';

/**
 * The upper part of the window, down to a line just under its middle (below the sticky year
 * controls and this bar, about a third of a phone's height). The view in sight is the last one,
 * in page order, that reaches into it: the one whose top has passed the line. Above every view
 * (the top of the page) it is the first.
 */
const BAND = '0px 0px -54% 0px';

/**
 * "Jump to" on phones: one link per view on the page, each scrolling to its view in one tap (at
 * once when the reader prefers reduced motion), with `aria-current` on the view in sight.
 * Which one that is comes from an IntersectionObserver, which answers after the browser has laid
 * out the page: no scroll listener, no layout read while the reader scrolls or scrubs. Hidden,
 * and its observer off, on wider screens, where every view is in reach.
 */
export const JumpBar = memo(function JumpBar({ views }: { views: readonly JumpView[] }) {
  const t = useT();
  const [current, setCurrent] = useState<string | null>(views[0]?.id ?? null);

  // The width is read here, not in a state: the bar draws the same at every width (its styles
  // hide it), so nothing re-renders when the baked page is hydrated on a phone.
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined' || typeof matchMedia !== 'function') return;
    const narrow = matchMedia(NARROW);
    let observer: IntersectionObserver | null = null;
    const follow = () => {
      observer?.disconnect();
      observer = null;
      if (!narrow.matches) return;
      const inBand = new Map<string, boolean>();
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) inBand.set(entry.target.id, entry.isIntersecting);
          const passed = views.filter((v) => inBand.get(v.id));
          setCurrent((passed[passed.length - 1] ?? views[0])?.id ?? null);
        },
        { rootMargin: BAND },
      );
      for (const view of views) {
        const box = document.getElementById(view.id);
        if (box) observer.observe(box);
      }
    };
    follow();
    narrow.addEventListener('change', follow);
    return () => {
      narrow.removeEventListener('change', follow);
      observer?.disconnect();
    };
  }, [views]);

  const jump = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const box = document.getElementById(id);
    if (!box || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // scroll-padding-top (jumpBar.css) keeps the view's top out from under the sticky bars.
    box.scrollIntoView({ block: 'start', behavior: reduced ? 'instant' : 'smooth' });
    // Views above may grow while the page scrolls past them (the map and the energy view are
    // drawn when near): once the scroll ends, line the view up again, at once.
    if (!reduced)
      window.addEventListener(
        'scrollend',
        () => box.scrollIntoView({ block: 'start', behavior: 'instant' }),
        { once: true },
      );
    // Keyboard and screen-reader users continue from the view they jumped to.
    box.focus({ preventScroll: true });
  };

  return (
    <nav className="jump-bar" aria-label={t('jump.label')}>
      <span className="jump-bar__label" aria-hidden="true">
        {t('jump.label')}
      </span>
      <ul>
        {views.map((v) => (
          <li key={v.id}>
            <a
              href={`#${v.id}`}
              aria-current={current === v.id ? 'location' : undefined}
              onClick={(e) => jump(e, v.id)}
            >
              {t(v.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
});
