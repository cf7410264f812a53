// Benchmark, not a test: the time from the last keystroke in the header search box to the results
// being on screen, on the built site served from 127.0.0.1, with the CPU slowed 4× (a cheap phone).
// Prints the median and the spread, the main thread's blocking time while searching, and the bytes
// a first query transfers. Usage: npx astro build && node scripts/bench-search.mjs [runs per query, default 5]
//
// Each run opens a fresh page (nothing cached in memory; the browser's HTTP cache is kept, like a
// member's second search of the day), focuses the box, pastes the query but its last letter, then
// types that letter and waits until the panel shows this query's results. The debounce of the box
// (see DEBOUNCE_MS in src/components/Search/search-box.ts) is part of what is measured.
// "Blocking" sums, over the main thread's long tasks (> 50 ms) from the keystroke to the results,
// the part of each beyond 50 ms: what Lighthouse calls total blocking time.
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.mjs';
import { transferSizes } from '../tests/support/transfer-size.ts';

const runs = Number(process.argv[2] ?? 5);
const CPU_SLOWDOWN = 4;
const queries = [
  'lam an xa',
  'dang vien cao tuoi',
  'chủ trì kết luận',
  'toi gia roi co phai viet bao cao ko',
  'về hưu rồi thì viết gì',
  'chi bộ đông quá một buổi không kịp thì sao',
];

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
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One measurement: ms from the last keystroke to this query's results in the panel, and blocking ms. */
async function measure(query, cold) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/hoi-dap/`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const box = page.locator('form[data-search-box] input[name="q"]');
  await box.focus();
  if (!cold) {
    // Warm: Pagefind already loaded by an earlier search on this page.
    await box.fill('dang');
    await page.locator('[data-search-summary]', { hasText: '“dang”' }).waitFor();
  }
  await box.fill(query.slice(0, -1));
  const result = await page.evaluate(async (q) => {
    const input = document.querySelector('form[data-search-box] input[name="q"]');
    const summary = () => document.querySelector('[data-search-summary]')?.textContent ?? '';
    const long = [];
    const observer = new PerformanceObserver((list) => long.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: q.at(-1), inputType: 'insertText' }));
    await new Promise((done) => {
      const check = () =>
        summary().includes(`“${q}”`) ? requestAnimationFrame(() => done()) : requestAnimationFrame(check);
      check();
    });
    const ms = performance.now() - start;
    for (const e of observer.takeRecords()) long.push(e);
    observer.disconnect();
    const blocking = long.filter((e) => e.startTime >= start).reduce((sum, e) => sum + Math.max(0, e.duration - 50), 0);
    return { ms, blocking };
  }, query);
  await page.close();
  return result;
}

/**
 * Bytes a first query transfers on a fresh page (everything from the first focus on, plus the boot script),
 * each file counted as the server sends it (tests/support/transfer-size.ts).
 */
async function firstQueryBytes(query) {
  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await fresh.newPage();
  const urls = [];
  let focused = false;
  page.on('request', (r) => {
    if (focused || new URL(r.url()).pathname.includes('SearchBox')) urls.push(r.url());
  });
  await page.goto(`${origin}/hoi-dap/`);
  await page.waitForLoadState('networkidle');
  focused = true;
  const box = page.locator('form[data-search-box] input[name="q"]');
  await box.focus();
  await box.fill(query);
  await page.locator('[data-search-summary]', { hasText: `“${query}”` }).waitFor();
  const { files, total } = await transferSizes(urls);
  await fresh.close();
  return { requests: files.length, total };
}

console.log(
  `Search benchmark on ${origin} (CPU ${CPU_SLOWDOWN}× slower, ${runs} runs per query; ms from last keystroke to rendered results)`,
);
for (const cold of [true, false]) {
  const all = [];
  const blocked = [];
  console.log(
    cold ? '\nFirst search on a page (loads Pagefind and its index):' : '\nLater searches (Pagefind already loaded):',
  );
  for (const q of queries) {
    const times = [];
    const blocks = [];
    for (let i = 0; i < runs; i++) {
      const { ms, blocking } = await measure(q, cold);
      times.push(ms);
      blocks.push(blocking);
    }
    all.push(...times);
    blocked.push(...blocks);
    console.log(
      `  ${q.padEnd(44)} median ${median(times).toFixed(0).padStart(5)} ms   (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})   blocking median ${median(blocks).toFixed(0)} ms`,
    );
  }
  console.log(
    `  ${'all queries'.padEnd(44)} median ${median(all).toFixed(0).padStart(5)} ms   blocking median ${median(blocked).toFixed(0)} ms, max ${Math.max(...blocked).toFixed(0)} ms`,
  );
}
console.log('\nFirst query on a fresh page, bytes transferred (all search files):');
for (const q of [queries[1], queries[3]]) {
  const { requests, total } = await firstQueryBytes(q);
  console.log(`  ${q.padEnd(44)} ${requests} requests, ${(total / 1024).toFixed(1)} KB`);
}
await browser.close();
server.close();
