// Screenshots of built pages at phone and desktop widths, for a person to look at.
// Usage: node scripts/screenshots.mjs /path/ [/other/ …]   (writes tests/.output/screens/*.png)
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.mjs';
import { startStaticServer } from '../tests/support/static-server.mjs';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
const out = 'tests/.output/screens';
mkdirSync(out, { recursive: true });
const { origin, server } = await startStaticServer({ root: 'dist' });
const browser = await launchChromium();
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 }, deviceScaleFactor: 1 });
  for (const path of paths) {
    await page.goto(origin + path);
    const base = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}`;
    // Long pages are cut into parts a person (or an image viewer) can read at full size.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const part = width === 390 ? 1200 : 1600;
    for (let y = 0, i = 1; y < height; y += part, i++) {
      const name = height > part ? `${base}-${i}.png` : `${base}.png`;
      await page.screenshot({
        path: `${out}/${name}`,
        fullPage: true,
        clip: { x: 0, y, width, height: Math.min(part, height - y) },
      });
      console.log(`${out}/${name}`);
    }
  }
  await page.close();
}
await browser.close();
server.close();
