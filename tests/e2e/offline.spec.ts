import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../support/static-server.mjs';
import { test, expect } from './fixtures';
import { fillToCheckAnswers } from './report-steps';

test.describe('offline after one visit', () => {
  test('pages open with the network off, and an unknown page gets the 404 page', async ({ page, context }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    for (const [path, heading] of [
      ['/hoi-dap/', 'Hỏi đáp'],
      ['/huong-dan/', /Hướng dẫn/],
      ['/rieng-tu/', 'Quyền riêng tư'],
      ['/tim-kiem/?q=lam+an+xa', 'Tìm kiếm'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
    await page.goto('/bao-cao');
    await expect(page).toHaveURL(/\/bao-cao/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/khong-co-trang-nay/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await context.setOffline(false);
  });

  test('the service worker precaches pages, styles, scripts and the search index but no video', async ({ request }) => {
    const sw = await (await request.get('/sw.js')).text();
    const list = JSON.parse(sw.match(/const PRECACHE = (\[.*\]);/)![1]!) as string[];
    expect(list).toEqual(expect.arrayContaining(['/', '/hoi-dap/', '/huong-dan/', '/bao-cao/', '/404.html']));
    expect(list.some((url) => url.endsWith('.css'))).toBe(true);
    expect(list.some((url) => /\.(mp4|webm)$/.test(url))).toBe(false);
    for (const url of list) expect((await request.get(url)).status(), url).toBe(200);
  });
});

test('a new build replaces the old cache after the member accepts the update notice', async ({ browser }) => {
  // A private copy of the site, so changing its service worker cannot disturb the other tests.
  const root = mkdtempSync(join(tmpdir(), 'gtlt-sw-'));
  cpSync('dist', root, { recursive: true, filter: (src) => !/\.(mp4|webm)$/.test(src) });
  const { origin, server } = await startStaticServer({ root });
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
    const oldKeys = await page.evaluate(() => caches.keys());
    expect(oldKeys).toHaveLength(1);

    const swPath = join(root, 'sw.js');
    writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "ban-moi-thu"'));
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Trang vừa có bản mới hơn.' });
    // The new worker first precaches every file, the search index's too: give it time on a busy machine.
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Tải lại trang' }).click()]);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['gtlt-ban-moi-thu']);
  } finally {
    await context.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the report form fills in and downloads its .docx with the network off', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  // Let the first install finish precaching before the network goes away.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') await new Promise((done) => registration.active?.addEventListener('statechange', done));
  });
  await context.setOffline(true);

  await page.goto('/bao-cao/?mau=dang-vien');
  await page.getByRole('button', { name: 'Tiếp tục' }).waitFor();
  await fillToCheckAnswers(page, (_id, type) => (type === 'date' ? '2023-03-05' : 'Soạn khi không có mạng'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await context.setOffline(false);
});
