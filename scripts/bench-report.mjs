// Benchmark, not a test: what the report form costs a member on a cheap phone, on the built site served
// from 127.0.0.1 (gzip on the fly), 390 px, touch. It prints figures and never fails. Timings depend on
// the machine's load: run it more than once and say so when you quote it.
//
// 1. At CPU 4× slower (CDP Emulation.setCPUThrottlingRate), fresh context each load, the three pages
//    interleaved in the same run (form, minutes form, FAQ page, form, …), median of N:
//    - blocking at load: the sum of each long task's time beyond 50 ms (PerformanceObserver 'longtask',
//      observed from the document's start), until the page has been quiet for 1.5 s;
//    - the form's blocking beyond the FAQ page's;
//    - the first keystroke's response, INP-like: Event Timing's duration (event to next paint) of the
//      first letter typed after a tap into the first field, the worst of the first 10 letters
//      (typed 100 ms apart, while the form's code arrives), and the worst of 5 more typed after a 1 s
//      pause (when the form's code starts, since typing-pause.ts);
//    - JavaScript before any touch: every script the page fetched until it was quiet, gzipped, plus
//      its inline scripts.
// 2. At CPU 4× slower and slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up), fresh cache, median of N:
//    - first letter accepted: from the navigation's start to the first field taking a typed letter
//      (and whether that letter is still there once the form's code has arrived);
//    - with --docx: .docx ready, from pressing "Tải tệp Word (.docx)" to the download starting.
// Usage: npm run bench:report [-- runs (default 5)] [--docx]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const withDocx = args.includes('--docx');
const CPU_SLOWDOWN = 4;
/** The pause in typing after the first 10 letters, before 5 more (a real wait: it is what is measured). */
const RESUME_AFTER_MS = 1000;
/** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const PAGES = [
  { name: 'form (dang-vien)', path: '/bao-cao/?mau=dang-vien', form: true },
  { name: 'minutes (bien-ban-sinh-hoat)', path: '/bao-cao/?mau=bien-ban-sinh-hoat', form: true },
  { name: 'FAQ page', path: '/hoi-dap/ban-nhap-luu-o-dau/', form: false },
];
const FIELD = 'form [id^="f-"]:is(input, textarea)';

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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Installed before any page script: long tasks, key events' durations and the first input, in window.__bench. */
function observe() {
  const bench = (window.__bench = { longTasks: [], events: [], firstInput: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  document.addEventListener('input', () => (bench.firstInput ??= performance.now()), { capture: true });
}

async function newPage({ network }) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  const scripts = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.url().startsWith(origin)) scripts.push(new URL(r.url()).pathname);
  });
  return { context, page, scripts };
}

/** Waits until no long task has ended for 1.5 s (and the network is idle). */
async function quiet(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => {
      const last = window.__bench.longTasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
      return performance.now() - last > 1500;
    },
    null,
    { timeout: 60_000, polling: 250 },
  );
}

const blockingOf = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

/** Gzipped bytes of the scripts fetched so far, plus the page's inline scripts. */
async function scriptBytes(page, scripts) {
  const files = [...new Set(scripts)].map((p) => gzipSync(readFileSync(`dist${decodeURIComponent(p)}`)).length);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  return files.reduce((a, b) => a + b, 0) + gzipSync(inline).length;
}

/** One load at CPU 4×: blocking, bytes before touch and, on a form, the first keystrokes' response. */
async function loadAtCpu4(target) {
  const { context, page, scripts } = await newPage({ network: null });
  await page.goto(origin + target.path, { waitUntil: 'load' });
  await quiet(page);
  const result = {
    blocking: blockingOf(await page.evaluate(() => window.__bench.longTasks)),
    bytes: await scriptBytes(page, scripts),
  };
  if (target.form) {
    await page.locator(FIELD).first().tap();
    const before = await page.evaluate(() => performance.now());
    await page.keyboard.type('abcdefghij', { delay: 100 });
    // The member stops for a second (a word finished), which is when the form's code may start, then types on.
    await page.waitForTimeout(RESUME_AFTER_MS);
    const resumed = await page.evaluate(() => performance.now());
    await page.keyboard.type('klmno', { delay: 100 });
    await quiet(page);
    const keys = (await page.evaluate(() => window.__bench.events)).filter(
      (e) => e.start >= before && /^(keydown|keypress|keyup|input|beforeinput)$/.test(e.name),
    );
    // Entries below 16 ms are not reported by Event Timing: such a key counts as 16 ms.
    const byKey = [];
    for (const e of keys) {
      const i = byKey.findIndex((k) => Math.abs(k.start - e.start) < 50);
      if (i < 0) byKey.push({ start: e.start, duration: e.duration });
      else byKey[i].duration = Math.max(byKey[i].duration, e.duration);
    }
    byKey.sort((a, b) => a.start - b.start);
    const firstKeyAt = await page.evaluate(() => window.__bench.firstInput);
    const first = byKey.find((k) => k.start <= firstKeyAt + 50 && k.start >= before - 1);
    result.firstKey = first?.duration ?? 16;
    result.worstKey = Math.max(16, ...byKey.filter((k) => k.start < resumed).map((k) => k.duration));
    result.resumeKey = Math.max(16, ...byKey.filter((k) => k.start >= resumed).map((k) => k.duration));
    result.kept = (await page.locator(FIELD).first().inputValue()) === 'abcdefghijklmno';
  }
  await context.close();
  return result;
}

/** One visit at CPU 4× and slow 4G, fresh cache: until the first field takes a typed letter. */
async function firstLetter() {
  const { context, page } = await newPage({ network: SLOW_4G });
  await page.goto(`${origin}/bao-cao/?mau=dang-vien`, { waitUntil: 'commit' });
  const field = page.locator(FIELD).first();
  await field.pressSequentially('a', { timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.firstInput !== null, null, { timeout: 60_000 });
  const accepted = await page.evaluate(() => window.__bench.firstInput);
  await quiet(page);
  const kept = (await field.inputValue()) === 'a';
  let docxReady = null;
  if (withDocx) docxReady = await docx(page);
  await context.close();
  return { accepted, kept, docxReady };
}

/** Answers every step, then times "Tải tệp Word (.docx)" to the download. */
async function docx(page) {
  const heading = page.locator('[data-step-heading]');
  for (let guard = 0; guard < 20; guard++) {
    const title = (await heading.textContent()) ?? '';
    if (/Kiểm tra lại/.test(title)) break;
    for (const field of await page.locator(FIELD).all()) {
      await field.fill((await field.getAttribute('type')) === 'date' ? '2023-03-05' : 'Câu trả lời để đo thời gian.');
    }
    await page.getByRole('button', { name: /^Tiếp tục/ }).click();
    await page.waitForFunction(
      (before) => document.querySelector('[data-step-heading]')?.textContent !== before,
      title,
      { timeout: 30_000 },
    );
  }
  const button = page.getByRole('button', { name: 'Tải tệp Word (.docx)' });
  const start = Date.now();
  await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  return Date.now() - start;
}

const loads = new Map(PAGES.map((p) => [p.name, []]));
const visits = [];
try {
  for (let i = 0; i < runs; i++) for (const target of PAGES) loads.get(target.name).push(await loadAtCpu4(target));
  for (let i = 0; i < runs; i++) visits.push(await firstLetter());
} finally {
  await browser.close();
  server.close();
}

const line = (label, xs, unit = 'ms') =>
  console.log(
    `  ${label.padEnd(44)} median ${median(xs).toFixed(0).padStart(6)} ${unit}   (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`,
  );
console.log(
  `Report form, CPU ${CPU_SLOWDOWN}× slower, 390 px, ${runs} interleaved loads per page (fresh context each):`,
);
const faq = median(loads.get('FAQ page').map((r) => r.blocking));
for (const target of PAGES) {
  const rs = loads.get(target.name);
  console.log(`${target.name}  ${target.path}`);
  line(
    'blocking at load (long tasks beyond 50 ms)',
    rs.map((r) => r.blocking),
  );
  if (target.form) {
    console.log(
      `  ${'blocking beyond the FAQ page (medians)'.padEnd(44)}        ${(median(rs.map((r) => r.blocking)) - faq).toFixed(0).padStart(6)} ms`,
    );
    line(
      'first keystroke (event to next paint)',
      rs.map((r) => r.firstKey),
    );
    line(
      'worst of the first 10 keystrokes',
      rs.map((r) => r.worstKey),
    );
    line(
      `worst of 5 more, typed after a ${RESUME_AFTER_MS / 1000} s pause`,
      rs.map((r) => r.resumeKey),
    );
    console.log(`  ${'typed letters kept'.padEnd(44)} ${rs.filter((r) => r.kept).length}/${rs.length}`);
  }
  line(
    'JavaScript before any touch (gzip)',
    rs.map((r) => r.bytes / 1024),
    'KB',
  );
}
console.log(`Slow 4G as well (150 ms, 1.6 Mbit/s), fresh cache, /bao-cao/?mau=dang-vien, ${runs} visits:`);
line(
  'first field accepts a typed letter',
  visits.map((v) => v.accepted),
);
console.log(
  `  ${'that letter kept once the form is up'.padEnd(44)} ${visits.filter((v) => v.kept).length}/${visits.length}`,
);
if (withDocx)
  line(
    '.docx ready (press → download)',
    visits.map((v) => v.docxReady),
  );
