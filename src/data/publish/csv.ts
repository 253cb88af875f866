/** CSV as published under /data/: RFC 4180, a header row, CRLF line ends, empty cell = no value. */

export type Cell = string | number | boolean | null | undefined;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Several values in one cell (source ids, people, lines) are separated by `;`. */
export const LIST_SEPARATOR = ';';
export const joinList = (values: readonly string[] | undefined): string =>
  (values ?? []).join(LIST_SEPARATOR);
