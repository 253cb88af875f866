/**
 * Downloads of a figure, shared by every view that offers them (the trade figure, the energy
 * view): a CSV of the numbers on screen, and the chart as SVG or PNG. Imported with `import()`
 * when a download button is pressed, so it is not in the first bundle.
 */

import { DATA_VERSION } from '../data/dataVersion';
import { saveFile } from './saveFile';

export type CsvValue = string | number | null;

/** A table to save as CSV: `#` header lines (title, units, sources, notes), then columns and rows. */
export interface CsvTable {
  title: string;
  /** Header lines after the title (units, sources, notes), without their `# `. */
  notes: readonly string[];
  columns: readonly string[];
  /** One array per row, in the order of `columns`; `null` is an empty cell (no data). */
  rows: readonly (readonly CsvValue[])[];
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ASCII_FORMS: Record<string, string> = {
  '–': '-',
  '—': '-',
  '−': '-',
  '‘': "'",
  '’': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '″': '"',
  '…': '...',
  '×': 'x',
  '²': '^2',
  '³': '^3',
  '→': '->',
  '©': '(c)',
  '°': ' deg',
  '\u00a0': ' ',
};

/**
 * Text in plain ASCII, for the CSV's metadata: typographic dashes and quotes become their ASCII
 * forms, accented letters lose their accents, and anything else becomes "?" (never dropped).
 * The CSV is then read the same by Excel (which guesses the Windows code page without a BOM),
 * LibreOffice, pandas and R, with no byte-order mark to trip up the first comment line.
 */
export function asciiText(text: string): string {
  return [...text]
    .map((c) => ASCII_FORMS[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e\t\r\n]/gu, '?');
}

/**
 * Header lines name the title, units, sources and the data version; then the column names and one
 * line per row. Plain ASCII throughout (see `asciiText`), text cells included.
 */
export function buildCsv({ title, notes, columns, rows }: CsvTable): string {
  const ascii = (v: CsvValue): CsvValue => (typeof v === 'string' ? asciiText(v) : v);
  const lines: (readonly CsvValue[])[] = [
    [`# ${asciiText(title)}`],
    ...notes.map((n) => [`# ${asciiText(n)}`]),
    [`# Data version: ${DATA_VERSION.label}`],
    columns,
    ...rows.map((r) => r.map(ascii)),
  ];
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface ImageFrame {
  title: string;
  units: string;
  sourceLine: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/**
 * A standalone SVG of the chart as drawn: colours and fonts resolved from the page's CSS
 * (so CSS variables and dark mode come out right), with a title, the units and a source line.
 */
export function frameSvg(chart: SVGSVGElement, frame: ImageFrame): string {
  const width = Math.round(
    Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width,
  );
  const height = Math.round(
    Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height,
  );
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...Array.from(chart.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) copy.setAttribute(prop, value);
    }
    for (const attr of ['tabindex', 'role', 'class', 'style', 'aria-label', 'focusable'])
      copy.removeAttribute(attr);
  });
  const rootStyle = getComputedStyle(chart);
  const background =
    getComputedStyle(chart.closest('figure') ?? document.body).backgroundColor || '#ffffff';
  const text = rootStyle.color || '#000000';
  const font = rootStyle.fontFamily || 'sans-serif';
  const top = 48;
  const bottom = 32;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height + top + bottom));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
  svg.setAttribute('font-family', font);
  const add = (name: string, attrs: Record<string, string>, content?: string) => {
    const el = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (content !== undefined) el.textContent = content;
    svg.appendChild(el);
    return el;
  };
  add('title', {}, frame.title);
  add('rect', { x: '0', y: '0', width: '100%', height: '100%', fill: background });
  add(
    'text',
    { x: '12', y: '22', fill: text, 'font-size': '16', 'font-weight': '700' },
    frame.title,
  );
  add('text', { x: '12', y: '40', fill: text, 'font-size': '12' }, frame.units);
  const group = add('g', { transform: `translate(0 ${top})` });
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  group.appendChild(doc.importNode(clone, true));
  add(
    'text',
    { x: '12', y: String(height + top + 20), fill: text, 'font-size': '11' },
    `${frame.sourceLine} · Data version ${DATA_VERSION.label}`,
  );
  return new XMLSerializer().serializeToString(doc);
}

export function downloadCsv(table: CsvTable, filename: string) {
  saveFile(new Blob([buildCsv(table)], { type: 'text/csv;charset=utf-8' }), filename);
}

export function downloadSvg(chart: SVGSVGElement, frame: ImageFrame, filename: string) {
  saveFile(new Blob([frameSvg(chart, frame)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Draws the framed SVG on a canvas at twice the size and saves it as PNG (no network involved). */
export async function downloadPng(chart: SVGSVGElement, frame: ImageFrame, filename: string) {
  const svgText = frameSvg(chart, frame);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart image could not be drawn.'));
      img.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas to draw the chart on.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart image could not be encoded.');
    saveFile(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
