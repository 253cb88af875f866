import { createContext, useContext, type ReactNode } from 'react';
// The alternative's styles ship with the page (the browser shows it, the build draws it).
import './noscript.css';

/** A figure the script draws, and whether its alternative stands for the whole view. */
export interface NoScriptFigureProps {
  figure: 'trade' | 'map' | 'energy';
  /** It stands for the whole view (its placeholder is the view's panel): it has the title. */
  heading?: boolean;
}

/**
 * The alternatives' content (`NoScriptAlternative`), which only the build's server render
 * provides (src/entry-server.tsx): a browser that runs scripts reads a `<noscript>`'s content as
 * text, and React draws none in it on the client and leaves the baked one alone when hydrating.
 * So the browser's code carries none of their words, links or file names.
 */
export const NoScriptContent = createContext<((props: NoScriptFigureProps) => ReactNode) | null>(
  null,
);

/**
 * What a reader without JavaScript gets in place of a figure the script draws (the trade chart,
 * the map, the energy charts), whose baked placeholder would say "Loading…" for ever: a
 * `<noscript>`, baked with the alternative in it. Put it beside the busy placeholder: without
 * script the browser shows it, and its stylesheet hides the placeholder.
 */
export function NoScriptFigure(props: NoScriptFigureProps) {
  const content = useContext(NoScriptContent);
  return <noscript>{content?.(props)}</noscript>;
}
