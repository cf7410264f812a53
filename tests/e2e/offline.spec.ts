import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../support/static-server.mjs';
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import { fillToCheckAnswers } from './report-steps';

/** "Lưu cả trang để dùng khi không có mạng" on the report page, and its answer. */
async function saveWholeSite(page: Page) {
  await page.goto('/bao-cao/');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);
  await page.getByRole('button', { name: 'Lưu cả trang để dùng khi không có mạng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cả trang trên máy này' })).toBeVisible({
    timeout: 60_000,
  });
}

test.describe('offline after one visit', () => {
  test('after “Lưu cả trang”, pages open with the network off, and an unknown page gets the 404 page', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await saveWholeSite(page);
    await checkA11y(page, 'the whole site saved');

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

  test('a first visit precaches the report form’s parts only; “Lưu cả trang” adds every page and the search index, never a video', async ({
    request,
  }) => {
    const sw = await (await request.get('/sw.js')).text();
    const first = JSON.parse(sw.match(/const PRECACHE = (\[.*\]);/)![1]!) as string[];
    const all = (await (
      await request.get(JSON.parse(sw.match(/const SAVE_ALL_LIST = (".*");/)![1]!) as string)
    ).json()) as string[];
    expect(first).toEqual(expect.arrayContaining(['/bao-cao/']));
    expect(first.some((url) => /\/_astro\/(mount|CheckAnswers|form-schema|FormEngine)\./.test(url))).toBe(true);
    expect(first.filter((url) => /\/pagefind\/|\/docx\.|\/hoi-dap\/|search-worker/.test(url))).toEqual([]);
    expect(all).toEqual(expect.arrayContaining(['/', '/hoi-dap/', '/huong-dan/', '/bao-cao/', '/404.html', ...first]));
    expect(all.some((url) => url.startsWith('/pagefind/'))).toBe(true);
    expect(all.some((url) => /\/docx\./.test(url))).toBe(true);
    expect(all.some((url) => /\.(mp4|webm)$/.test(url))).toBe(false);
    for (const url of all) expect((await request.get(url)).status(), url).toBe(200);
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
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    const oldKeys = await page.evaluate(() => caches.keys());
    expect(oldKeys).toHaveLength(1);

    const swPath = join(root, 'sw.js');
    writeFileSync(
      swPath,
      readFileSync(swPath, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "ban-moi-thu"'),
    );
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

test('the report form fills in and downloads its .docx with the network off, after “Lưu cả trang”', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);
  await saveWholeSite(page);
  // Let the first install finish precaching before the network goes away.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated')
      await new Promise((done) => registration.active?.addEventListener('statechange', done));
  });
  await context.setOffline(true);

  await page.goto('/bao-cao/?mau=dang-vien');
  await page.getByRole('button', { name: 'Tiếp tục' }).waitFor();
  await fillToCheckAnswers(page, (_id, type) => (type === 'date' ? '2023-03-05' : 'Soạn khi không có mạng'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await context.setOffline(false);
});
