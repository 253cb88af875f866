// Makes the web app manifest's PNG icons from public/favicon.svg, once; the PNGs are committed.
// Usage: node scripts/build-icons.mjs   (run again only when the favicon changes)
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/favicon.svg');
const BACKGROUND = '#0b5f73'; // the favicon's own tile colour

/** The favicon drawn at `size` px: "any" icons are the rounded tile as it is. */
async function plain(size, file) {
  await sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(file);
  console.log(file);
}

/** Maskable icons keep the drawing inside the central 80% safe zone, on a full-bleed tile. */
async function maskable(size, file) {
  const inner = Math.round(size * 0.7);
  const drawing = await sharp(svg, { density: (72 * inner) / 32 })
    .resize(inner, inner)
    .png()
    .toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background: BACKGROUND } })
    .composite([{ input: drawing, gravity: 'centre' }])
    .png({ compressionLevel: 9, palette: true })
    .toFile(file);
  console.log(file);
}

await plain(192, 'public/icon-192.png');
await plain(512, 'public/icon-512.png');
await plain(180, 'public/apple-touch-icon.png');
await maskable(512, 'public/icon-maskable-512.png');
