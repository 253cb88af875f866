/** Number formats from UI-CONTRACT.md: money to three significant digits with words; gas in bcm. */

function threeSig(value: number): string {
  if (value === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(digits);
}

const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** `$445 million`, `$6.07 billion`, `−$5.63 billion`; `null`/`undefined` reads "no data". */
export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  const sign = value < 0 ? '−' : '';
  // Round to three significant digits first, so 999.6 million reads "1.00 billion".
  const rounded = Number(Math.abs(value).toPrecision(3));
  const scale = SCALES.find(([size]) => rounded >= size);
  if (!scale) return `${sign}$${threeSig(rounded)}`;
  const [size, word] = scale;
  return `${sign}$${threeSig(rounded / size)} ${word}`;
}

/** Short axis label: `$500M`, `$2B`, `$10B`. */
export function formatUsdShort(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const trim = (n: number) => String(Number(n.toPrecision(3)));
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}$${trim(abs / 1e3)}K`;
  return `${sign}$${trim(abs)}`;
}

/** Gas volumes: `33.3 bcm`, or "no data". */
export function formatBcm(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  return `${value.toFixed(1)} bcm`;
}

/** Shares: `67%` (whole percent), or "no data". */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  return `${value.toFixed(digits)}%`;
}
