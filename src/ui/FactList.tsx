import type { ReactNode } from 'react';
import './FactList.css';

/**
 * A list of facts, each term beside its value: its children are `<div><dt/><dd/></div>` pairs.
 * The owner's class sizes it (see FactList.css).
 */
export function FactList({ className, children }: { className: string; children: ReactNode }) {
  return <dl className={`fact-list ${className}`}>{children}</dl>;
}

/** One fact: its term beside its value, as the `<div><dt/><dd/></div>` pair a FactList holds.
 * `lang` marks a value written in another language than the page's (a publisher's own words). */
export function Fact({
  term,
  lang,
  children,
}: {
  term: ReactNode;
  lang?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}
