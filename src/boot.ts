/**
 * The one script of a baked page (scripts/vite-prerender.ts puts it in place of the app's entry
 * script): the page is its own first screen, so the app's code (`data-app`, src/main.tsx, and the
 * chunks it imports, `data-preload`) is fetched only once that screen has painted. Its download
 * and its start (reading the dataset, hydrating) then never hold up the first paint.
 */
import { afterFirstPaint } from './ui/afterFirstPaint';
import { followStickyHeight, STICKY_CONTROLS } from './ui/stickyHeight';

// Until the app is live (src/main.tsx marks <html data-ready>), the boot script keeps the sticky
// controls' height, which YearControls keeps after (ui/stickyHeight.ts says why).
const controls = document.querySelector<HTMLElement>(`[${STICKY_CONTROLS}]`);
if (controls)
  followStickyHeight(controls, () => !document.documentElement.hasAttribute('data-ready'));

const script = document.querySelector<HTMLScriptElement>('script[data-app]');
const app = script?.dataset.app;
if (app)
  afterFirstPaint(() => {
    for (const href of script.dataset.preload?.split(' ').filter(Boolean) ?? []) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    void import(/* @vite-ignore */ app);
  });
