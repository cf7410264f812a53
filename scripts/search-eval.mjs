// Measurement, not a test: runs a file of queries through /tim-kiem/ on the built site (the shipped index,
// worker, folding and ranking, as tests/e2e/search-queries.spec.ts does) and prints the share of queries whose
// answering address is the first result (top-1) and among the first three (top-3), by kind, and the misses.
// Usage: npx astro build && node scripts/search-eval.mjs [--summary] tests/search-queries.json [more files…]
// --summary prints the figures by kind without the misses: for a batch of unseen questions, which is measured
// before and after a change and never read query by query to tune the ranking.
//
// A file is `{ "queries": [{ "q": "…", "expect": "/addr/" | ["/addr/", "/other/#section"], "kind": "…" }] }`.
// A result answers when its link is one of the expected addresses: same path, and the same #section when the
// expected address names one (a hit on /sinh-hoat/ does not answer "/sinh-hoat/#lap-ke-hoach"). The figure
// without that rule ("by page") is printed beside it.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.mjs';

const summary = process.argv.includes('--summary');
const files = process.argv.slice(2).filter((a) => a !== '--summary');
if (!files.length) {
  console.error('usage: node scripts/search-eval.mjs [--summary] <queries.json> [more.json…]');
  process.exit(2);
}

const { origin, server } = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(`${origin}/tim-kiem/`);
const input = page.locator('[data-search-page-input]');

const answers = (link, expected, byPage) => {
  const [path, hash = ''] = expected.split('#');
  return link.path === path && (byPage || !hash || link.hash === `#${hash}`);
};
const pct = (n, of) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;

for (const file of files) {
  const { queries } = JSON.parse(readFileSync(file, 'utf8'));
  const tally = new Map();
  const misses = [];
  const count = (kind, key) => {
    const t = tally.get(kind) ?? { n: 0, top1: 0, top3: 0, page1: 0, page3: 0 };
    if (key) t[key]++;
    else t.n++;
    tally.set(kind, t);
  };
  for (const c of queries) {
    const expected = [c.expect].flat();
    await input.fill(c.q);
    await page
      .locator(`[data-search-root][data-search-done="${c.q.trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`)
      .waitFor();
    const links = await page
      .locator('[data-search-list] [data-search-hit-link]')
      .evaluateAll((as) => as.slice(0, 3).map((a) => ({ path: new URL(a.href).pathname, hash: new URL(a.href).hash })));
    const rank = (byPage) => links.findIndex((l) => expected.some((e) => answers(l, e, byPage)));
    const at = rank(false);
    const atPage = rank(true);
    for (const kind of ['all', c.kind ?? '?']) {
      count(kind);
      if (at === 0) count(kind, 'top1');
      if (at >= 0) count(kind, 'top3');
      if (atPage === 0) count(kind, 'page1');
      if (atPage >= 0) count(kind, 'page3');
    }
    if (at !== 0) {
      const got = links.map((l) => `${l.path}${l.hash}`).join(', ') || 'nothing';
      misses.push(
        `${at < 0 ? 'NOT IN TOP 3' : `at ${at + 1}`}  [${c.kind}] ${c.q}\n      expected ${expected.join(' | ')}\n      got ${got}`,
      );
    }
  }
  console.log(`\n${file}: ${queries.length} queries`);
  for (const [kind, t] of tally) {
    console.log(
      `  ${kind.padEnd(16)} n=${String(t.n).padStart(3)}  top-1 ${pct(t.top1, t.n).padStart(7)}  top-3 ${pct(t.top3, t.n).padStart(7)}` +
        `   (by page: top-1 ${pct(t.page1, t.n)}, top-3 ${pct(t.page3, t.n)})`,
    );
  }
  if (misses.length && !summary) console.log(`\n  Not first (${misses.length}):\n  ${misses.join('\n  ')}`);
}

await browser.close();
server.close();
