// Fails fast, with advice, when the browser tests cannot find Chromium.
import { CHROMIUM_ADVICE, findChromium } from './chromium-path.mjs';

const path = findChromium();
if (!path) {
  console.error(`\n✖ ${CHROMIUM_ADVICE}\n`);
  process.exit(1);
}
console.log(`Browser tests will use Chromium at ${path}`);
