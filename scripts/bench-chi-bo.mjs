// Benchmark, not a test: how long the secretary's workspace (/chi-bo/) makes a secretary wait on a cheap phone
// (CPU slowed 4×, 390 px), on the built site served from 127.0.0.1, with 300 members and 6 sittings. Prints the
// median and spread of:
//   - load blocking: the main thread's blocking time (long tasks over 50 ms, summed beyond 50 ms each) from
//     opening the page until it is quiet, for /chi-bo/ empty, /chi-bo/ with 300 members kept on the device,
//     and a content page (/hoi-dap/) in the same run, as DevTools measures it;
//   - paste 300: from pressing "Thêm vào danh sách" with 300 names in the box to the 300 rows drawn;
//   - mark, move, edit: from changing one member's attendance (tracking view), pressing "Xuống" on one member,
//     or typing one letter of a name, to the change drawn.
// Usage: npm run bench:chi-bo [-- runs, default 3]
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.mjs';
import { FAMILY, GIVEN, MIDDLE } from '../tests/support/example-names.ts';

const runs = Number(process.argv[2] ?? 3);
const CPU_SLOWDOWN = 4;
const MEMBERS = 300;
const SITTINGS = 6;

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
const names = Array.from(
  { length: MEMBERS },
  (_, i) => `${i + 1}. ${FAMILY[i % 10]} ${MIDDLE[Math.floor(i / 10) % 6]} ${GIVEN[i % 20]} ${Math.floor(i / 60) + 1}`,
);

/** Collects long tasks from the start of the page; read with `blocking(page)`. */
const OBSERVE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
};
async function blocking(page) {
  // Quiet: no long task for 2 s after the load event.
  await page.waitForLoadState('load');
  let last = -1;
  for (;;) {
    await page.waitForTimeout(2000);
    const n = await page.evaluate(() => window.__longTasks.length);
    if (n === last) break;
    last = n;
  }
  return page.evaluate(() => window.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
}

async function newPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(OBSERVE);
  return page;
}

/** Time in the page from `act` (a function run there) until `done` (a predicate) holds and a frame is drawn. */
function timed(page, act, done, arg) {
  return page.evaluate(
    async ([actSrc, doneSrc, a]) => {
      const act = new Function('a', actSrc);
      const done = new Function('a', doneSrc);
      const t0 = performance.now();
      act(a);
      await new Promise((resolve) => {
        const check = () => (done(a) ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    [act, done, arg],
  );
}
const setValue = `const [sel, value] = a; const el = document.querySelector(sel);
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));`;

async function measure() {
  const result = {};
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  let page = await newPage(context);
  await page.goto(`${origin}/hoi-dap/`);
  result.contentBlocking = await blocking(page);
  await page.close();

  page = await newPage(context);
  await page.goto(`${origin}/chi-bo/`);
  result.emptyBlocking = await blocking(page);
  await page.locator('#cb-paste').fill(names.join('\n'));
  await page.waitForSelector('[data-chi-bo-app]');
  result.paste = await timed(
    page,
    `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Thêm vào danh sách').click()`,
    `return document.querySelectorAll('[data-member]').length === ${MEMBERS}`,
  );
  // Six sittings and the even split, through the screen.
  await page
    .getByRole('link', { name: /Các buổi sinh hoạt/ })
    .first()
    .click();
  for (let i = 0; i < SITTINGS; i++) await page.getByRole('button', { name: 'Thêm một buổi' }).click();
  await page.getByRole('button', { name: 'Chia đều' }).click();
  await page.getByText(`Đã chia ${MEMBERS} đồng chí vào ${SITTINGS} buổi.`).waitFor();
  await page
    .getByRole('link', { name: /Theo dõi từng buổi/ })
    .first()
    .click();
  await page.waitForSelector('[data-track]');
  const att = await page.locator('[data-track] select').nth(151).getAttribute('id');
  result.mark = await timed(
    page,
    setValue,
    `return document.getElementById(a[0].slice(1)).closest('[data-track]').querySelector('textarea') !== null`,
    [`#${att}`, 'absentWithReason'],
  );

  await page
    .getByRole('link', { name: /Danh sách đảng viên/ })
    .first()
    .click();
  await page.waitForSelector('[data-member]');
  result.move = await timed(
    page,
    `document.querySelectorAll('[data-member]')[150].querySelectorAll('button')[2].click()`,
    `return document.querySelectorAll('[data-member]')[151].textContent.includes('151.') === false && document.querySelectorAll('[data-member]')[151].textContent.includes(${JSON.stringify(names[150].slice(5))})`,
  );
  await page.locator('[data-member]').nth(100).getByRole('button', { name: /^Sửa/ }).click();
  const nameInput = await page.locator('[data-member-editor] input[type="text"]').first().getAttribute('id');
  const current = await page.locator(`#${nameInput}`).inputValue();
  result.edit = await timed(
    page,
    setValue,
    `return document.querySelectorAll('[data-member]')[100].querySelector('strong').textContent.endsWith('x')`,
    [`#${nameInput}`, `${current}x`],
  );
  // Let the save happen, then open again: the page with 300 members kept on this device.
  await page.waitForTimeout(1500);
  await page.close();
  page = await newPage(context);
  await page.goto(`${origin}/chi-bo/`);
  result.fullBlocking = await blocking(page);
  await context.close();
  return result;
}

const results = [];
try {
  for (let i = 0; i < runs; i++) results.push(await measure());
} finally {
  await browser.close();
  server.close();
}

console.log(
  `Chi bộ workspace, CPU ${CPU_SLOWDOWN}× slower, 390 px, ${MEMBERS} members, ${SITTINGS} sittings, ${runs} runs (fresh context each):`,
);
for (const [key, label] of [
  ['contentBlocking', 'load blocking, content page /hoi-dap/'],
  ['emptyBlocking', 'load blocking, /chi-bo/ empty'],
  ['fullBlocking', `load blocking, /chi-bo/ with ${MEMBERS} kept`],
  ['paste', `paste ${MEMBERS} names → rows drawn`],
  ['mark', 'mark absent (tracking) → drawn'],
  ['move', 'move one member down → drawn'],
  ['edit', 'type one letter of a name → drawn'],
]) {
  const xs = results.map((r) => r[key]);
  console.log(
    `  ${label.padEnd(40)} median ${median(xs).toFixed(0).padStart(5)} ms   (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`,
  );
}
