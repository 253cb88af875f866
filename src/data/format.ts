/**
 * The app's number formats: money to three significant digits with words ("$445 million",
 * "$6.07 billion"), percent, gas in bcm; a missing value reads "no data".
 */

/** Decimal rounding, half away from zero, without binary surprises (3.55 → 3.6, not 3.5). */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  if (!Number.isFinite(shifted)) return Number(value.toFixed(Math.max(0, decimals)));
  return sign * Number(`${Math.round(shifted)}e${-decimals}`);
}

function decimalsForThreeSig(value: number): number {
  return value === 0 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
}

function threeSig(value: number): string {
  const decimals = decimalsForThreeSig(value);
  return roundTo(value, decimals).toFixed(decimals);
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
  const abs = Math.abs(value);
  const rounded = abs === 0 ? 0 : roundTo(abs, 2 - Math.floor(Math.log10(abs)));
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
  return `${roundTo(value, 1).toFixed(1)} bcm`;
}

/** Shares: `67%` (whole percent), or "no data". */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no data';
  return `${roundTo(value, digits).toFixed(digits)}%`;
}
