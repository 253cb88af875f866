// Makes the site's link-preview image (public/og-image.png, 1200 × 630) once, with sharp, from an
// SVG drawn here: the app's name, what it shows, and the shape of China's reported trade with
// Turkmenistan by year (bars from src/data/raw/trade.json, no figures written on them). The PNG
// is committed. Usage: node scripts/build-og-image.mjs   (run again when the data or name change)
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

const W = 1200;
const H = 630;
const TEAL = '#0b5f73';

/** @type {{ year: number, reporter: string, exportsUsd: number | null, importsUsd: number | null }[]} */
const trade = JSON.parse(readFileSync('src/data/raw/trade.json', 'utf8'));
const rows = trade
  .filter((r) => r.reporter === 'china')
  .map((r) => ({ year: r.year, total: (r.exportsUsd ?? 0) + (r.importsUsd ?? 0) }))
  .sort((a, b) => a.year - b.year);
const max = Math.max(...rows.map((r) => r.total));
const chart = { x: 80, y: 330, w: W - 160, h: 220 };
const step = chart.w / rows.length;
const bars = rows
  .map((r, i) => {
    const h = (r.total / max) * chart.h;
    const x = chart.x + i * step + step * 0.15;
    return `<rect x="${x.toFixed(1)}" y="${(chart.y + chart.h - h).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" rx="2" fill="#f2b134"/>`;
  })
  .join('');
const first = rows[0]?.year;
const last = rows.at(-1)?.year;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="${TEAL}"/>
  <text x="80" y="140" font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="64" font-weight="700" fill="#ffffff">China–Turkmenistan</text>
  <text x="80" y="215" font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="64" font-weight="700" fill="#ffffff">Relations Explorer</text>
  <text x="80" y="280" font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="30" fill="#d7eef2">Trade, events and the gas pipeline — every figure sourced</text>
  ${bars}
  <line x1="${chart.x}" y1="${chart.y + chart.h}" x2="${chart.x + chart.w}" y2="${chart.y + chart.h}" stroke="#d7eef2" stroke-width="2"/>
  <text x="${chart.x}" y="${chart.y + chart.h + 40}" font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="24" fill="#d7eef2">${first}</text>
  <text x="${chart.x + chart.w}" y="${chart.y + chart.h + 40}" text-anchor="end" font-family="Noto Sans, DejaVu Sans, sans-serif" font-size="24" fill="#d7eef2">${last} · China’s trade with Turkmenistan (IMF DOTS)</text>
</svg>`;

await sharp(Buffer.from(svg))
  .png({ compressionLevel: 9, palette: true })
  .toFile('public/og-image.png');
console.log('public/og-image.png');
