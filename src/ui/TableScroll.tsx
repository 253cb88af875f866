import type { ReactNode } from 'react';
import './TableScroll.css';

/**
 * The region around a wide table: it scrolls sideways on narrow screens (so the page never does),
 * is focusable so a keyboard can scroll it, and is named by the table's caption (`captionId`).
 */
export function TableScroll({
  id,
  captionId,
  children,
}: {
  /** The region's id (a toggle's `aria-controls`), if any. */
  id?: string;
  captionId: string;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} id={id}>
      {children}
    </div>
  );
}
