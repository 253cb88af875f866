import type { ReactNode } from 'react';
import './FactList.css';

/**
 * A list of facts, each term beside its value: its children are `<div><dt/><dd/></div>` pairs.
 * The owner's class sizes it (see FactList.css).
 */
export function FactList({ className, children }: { className: string; children: ReactNode }) {
  return <dl className={`fact-list ${className}`}>{children}</dl>;
}
