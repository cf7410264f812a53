// Benchmark, not a test: the time from the last keystroke in the header search box to the results
// being on screen, on the built site served from 127.0.0.1. Prints the median and the spread.
// Usage: npx astro build && node scripts/bench-search.mjs [runs per query, default 5]
//
// Each run opens a fresh page (nothing cached in memory; the browser's HTTP cache is kept, like a
// member's second search of the day), focuses the box, pastes the query but its last letter, then
// types that letter and waits until the panel shows this query's results. The debounce of the box
// (see DEBOUNCE_MS in src/lib/search/search-box.ts) is part of what is measured.
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.mjs';

const runs = Number(process.argv[2] ?? 5);
const queries = ['lam an xa', 'dang vien cao tuoi', 'chủ trì kết luận', 'xin mien sinh hoat', 'bien ban'];

const { origin, server } = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One measurement: ms from the last keystroke to this query's results in the panel. */
async function measure(query, cold) {
  const page = await context.newPage();
  await page.goto(`${origin}/hoi-dap/`);
  const box = page.locator('form[data-search-box] input[name="q"]');
  await box.focus();
  if (!cold) {
    // Warm: Pagefind already loaded by an earlier search on this page.
    await box.fill('dang');
    await page.locator('.search-panel .search-hit').first().waitFor();
  }
  await box.fill(query.slice(0, -1));
  const ms = await page.evaluate(async (q) => {
    const input = document.querySelector('form[data-search-box] input[name="q"]');
    const summary = () => document.querySelector('.search-panel__summary')?.textContent ?? '';
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: q.at(-1), inputType: 'insertText' }));
    await new Promise((done) => {
      const check = () => (summary().includes(`“${q}”`) ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  }, query);
  await page.close();
  return ms;
}

console.log(`Search benchmark on ${origin} (${runs} runs per query; ms from last keystroke to rendered results)`);
for (const cold of [true, false]) {
  const all = [];
  console.log(cold ? '\nFirst search on a page (loads Pagefind and its index):' : '\nLater searches (Pagefind already loaded):');
  for (const q of queries) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await measure(q, cold));
    all.push(...times);
    console.log(`  ${q.padEnd(22)} median ${median(times).toFixed(0).padStart(5)} ms   (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  }
  console.log(`  ${'all queries'.padEnd(22)} median ${median(all).toFixed(0).padStart(5)} ms`);
}
await browser.close();
server.close();
