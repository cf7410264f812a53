// Benchmark, not a test: how long the report form makes a member wait on a cheap phone (CPU slowed 4×,
// slow 4G as Lighthouse emulates it, 390 px), on the built site served from 127.0.0.1. Prints the median
// and the spread of:
//   - form ready: from opening /bao-cao/?mau=… to the first question taking input (the React island loads
//     only now, with the template chosen);
//   - .docx ready: from pressing "Tải tệp Word (.docx)" on the check-answers page to the download starting
//     (the .docx writer loads only at that press).
// Usage: npm run bench:report [-- runs, default 5]
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.mjs';

const runs = Number(process.argv[2] ?? 5);
const CPU_SLOWDOWN = 4;
/** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const TEMPLATE = 'dang-vien';

const { origin, server } = await startStaticServer({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One member's visit in a fresh context (empty cache, no draft): both waits, in ms. */
async function measure() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block', acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(`${origin}/bao-cao/?mau=${TEMPLATE}`, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start, so this is the wait the member sees.
  const formReady = await (
    await page.waitForFunction(() => {
      const first = document.querySelector('form [id^="f-"]:is(input, textarea)');
      return first && !first.disabled ? performance.now() : null;
    }, null, { timeout: 60_000 })
  ).jsonValue();

  // Answer every question, step by step, to reach the check-answers page.
  const heading = page.locator('[data-step-heading]');
  for (let guard = 0; guard < 20; guard++) {
    const title = (await heading.textContent()) ?? '';
    if (/Kiểm tra lại/.test(title)) break;
    for (const field of await page.locator('form [id^="f-"]:is(input, textarea)').all()) {
      await field.fill((await field.getAttribute('type')) === 'date' ? '2023-03-05' : 'Câu trả lời để đo thời gian.');
    }
    await page.getByRole('button', { name: /^Tiếp tục/ }).click();
    await page.waitForFunction((before) => document.querySelector('[data-step-heading]')?.textContent !== before, title, { timeout: 30_000 });
  }
  const button = page.getByRole('button', { name: 'Tải tệp Word (.docx)' });
  const start = Date.now();
  await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const docxReady = Date.now() - start;
  await context.close();
  return { formReady, docxReady };
}

const results = [];
try {
  for (let i = 0; i < runs; i++) results.push(await measure());
} finally {
  await browser.close();
  server.close();
}

console.log(`Report form, CPU ${CPU_SLOWDOWN}× slower, slow 4G, 390 px, template "${TEMPLATE}", ${runs} runs (fresh cache each):`);
for (const [key, label] of [['formReady', 'form ready (open → first question)'], ['docxReady', '.docx ready (press → download)']]) {
  const xs = results.map((r) => r[key]);
  console.log(`  ${label.padEnd(38)} median ${median(xs).toFixed(0).padStart(5)} ms   (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`);
}
