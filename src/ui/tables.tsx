import '../data/i18n/later';
import type { ReactNode } from 'react';
import { useT } from '../routing/locale';
import { SourceRef } from './SourceRef';
import './TableScroll.css';

// The tables' pieces: the scrolling region, a table of one row a year, a row's source.

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

/** A column of a `YearTable`: its heading and the cell it draws from a row. */
export interface YearColumn<R> {
  /** Not needed where the table's `head` draws the headings. */
  header?: string;
  cell: (row: R) => ReactNode;
}

/**
 * A chart's numbers as a table of one row a year: the year heads each row and each column draws
 * one cell. It sits in a `TableScroll` region named by its caption.
 */
export function YearTable<R extends { year: number }>({
  regionId,
  captionId,
  caption,
  className,
  columns,
  head,
  rows,
}: {
  /** The region's id (a toggle's `aria-controls`), if any. */
  regionId?: string;
  captionId: string;
  caption: string;
  className: string;
  columns: readonly YearColumn<R>[];
  /** The header rows where one row of the columns' headings is not enough. */
  head?: ReactNode;
  rows: readonly R[];
}) {
  const t = useT();
  return (
    <TableScroll id={regionId} captionId={captionId}>
      <table className={className}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          {head ?? (
            <tr>
              <th scope="col">{t('table.year')}</th>
              {columns.map((c, i) => (
                <th scope="col" key={i}>
                  {c.header}
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              {columns.map((c, i) => (
                <td key={i}>{c.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A row's source, or a dash where the row has none (a year without a figure). */
export function SourceRefOrDash({ id }: { id: string | null | undefined }) {
  return id ? <SourceRef id={id} /> : '—';
}
