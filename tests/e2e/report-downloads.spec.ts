/**
 * The form's parts that load on demand, when their download fails (a weak line, or a deploy replaced the
 * files): the form and every answer stay on screen, a plain message says what happened, and "Thử lại"
 * (or the next press of the step's button) loads the part once the line lets it through.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import { fillToCheckAnswers, stepHeading } from './report-steps';

const ZALO_ANDROID =
  'Mozilla/5.0 (Linux; Android 11; RMX1973 Build/RKQ1.201217.002;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.7444.171 Safari/537.36 Zalo android/25112868 ZaloTheme/dark ZaloLanguage/vi';

const partFailed = 'Chưa tải được phần này của trang (mạng yếu?). Những gì đồng chí đã gõ vẫn còn. Bấm “Thử lại”.';
const checkFailed =
  /^Chưa tải được phần kiểm tra câu trả lời \(mạng yếu\?\)\. Những gì đồng chí đã gõ vẫn còn\. Bấm “Tiếp tục” lần nữa để thử lại\.$/;

const answerFor = (id: string, type: string) => (type === 'date' ? '2023-03-05' : `Tra loi cau ${id} khong dau`);

/**
 * Aborts every request for the chunks matching `pattern` until `line.open()`; counts the requests.
 * The chunk is matched by its file-name stem (e.g. /CheckAnswers\.[^/]*\.js$/).
 */
async function weakLine(page: Page, pattern: RegExp) {
  const line = { open: false, requests: 0 };
  await page.route(pattern, (route: Route) => {
    line.requests++;
    return line.open ? route.continue() : route.abort('internetdisconnected');
  });
  return line;
}

test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  // A failed download logs the browser's network error, and React's note of the error it caught.
  allowedConsoleErrors: [
    /Failed to load resource: net::ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/,
  ],
});

// The service worker precaches every chunk after the first visit, and page.route does not see what it
// serves: these tests are a browser without one (or the first visit on a weak line, before it is there).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
});

// The island's own chunk, and React under it (the largest file of the form's first load).
for (const stem of ['mount', 'client'] as const)
  test(`the form itself (${stem}) fails to download: a message with "Thử lại" instead of an empty page; the retry opens the form with the draft`, async ({
    page,
  }) => {
    await page.goto('/bao-cao/?mau=dang-vien');
    await page.locator('#f-dangBo').fill('Dang bo xa Tan Ha');
    await expect(
      page.getByRole('status').filter({ hasText: /Đã lưu bản nháp trên máy này lúc \d{2}:\d{2}/ }),
    ).toBeVisible();

    const line = await weakLine(page, new RegExp(`/${stem}\\.[^/]*\\.js$`));
    await page.reload();
    const alert = page.getByRole('alert').filter({
      hasText:
        'Chưa tải được phần soạn báo cáo của trang (mạng yếu?). Bản nháp đã lưu trên máy này, nếu có, vẫn còn nguyên.',
    });
    await expect(alert).toBeVisible();
    await expect(alert).toBeInViewport();
    // One try asks for the file once or twice (a preload, then the import itself).
    const firstTry = line.requests;
    expect(firstTry).toBeGreaterThan(0);
    await checkA11y(page, 'the form that failed to download');

    // Still no line: "Thử lại" tries, and says it again.
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => line.requests).toBeGreaterThan(firstTry);
    await expect(alert).toBeVisible();

    line.open = true;
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.locator('#f-dangBo')).toHaveValue('Dang bo xa Tan Ha');
    await expect(alert).toBeHidden();
  });

test('the check-answers page fails to download: the heading, the draft and a "Thử lại" stay; it loads on the retry', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const line = await weakLine(page, /\/CheckAnswers\.[^/]*\.js$/);
  await page.goto('/bao-cao/?mau=dang-vien');
  const typed = await fillToCheckAnswers(page, answerFor);
  expect(line.requests).toBe(1);

  const alert = page.getByRole('alert').filter({ hasText: partFailed });
  await expect(alert).toBeVisible();
  await expect(stepHeading(page)).toHaveText(/Kiểm tra lại/);
  await expect(stepHeading(page)).toBeFocused();
  await expect(page.locator('[data-check-answers]')).toHaveCount(0);
  // The rest of the island is there: the draft tools, and the draft kept on the device.
  await expect(page.getByRole('button', { name: 'Lưu một bản ra máy để phòng mất' })).toBeVisible();
  const stored = await page.evaluate(() => Object.values({ ...localStorage }).join('\n'));
  expect(stored).toContain(typed['hoTen']);
  await checkA11y(page, 'check-answers page that failed to download');

  line.open = true;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect.poll(() => line.requests).toBe(2);
  await expect(page.locator('[data-check-answers]')).toBeVisible();
  await expect(alert).toHaveCount(0);
  for (const id of ['hoTen', 'dangBo', 'chiBo'])
    await expect(page.locator('[data-check-answers]')).toContainText(typed[id]!);
  await expect(page.getByRole('button', { name: /Tải tệp Word/ })).toBeVisible();
  expect(line.requests).toBe(2);
});

test('the check of the answers (zod) fails to download: a message by the button, the text stays, the next press checks', async ({
  page,
}) => {
  const line = await weakLine(page, /\/zod[^/]*\.js$/);
  await page.goto('/bao-cao/?mau=dang-vien');
  await page.locator('#f-dangBo').fill('Dang bo xa Tan Ha');
  await page.locator('#f-chiBo').fill('Chi bo thon 3');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  const alert = page.getByRole('alert').filter({ hasText: checkFailed });
  await expect(alert).toBeVisible();
  expect(line.requests).toBe(1);
  await expect(stepHeading(page)).toHaveText(/^Bước 1\//);
  await expect(page.locator('#f-dangBo')).toHaveValue('Dang bo xa Tan Ha');
  await expect(page.locator('#f-chiBo')).toHaveValue('Chi bo thon 3');
  await expect(
    page.getByRole('status').filter({ hasText: /Đã lưu bản nháp trên máy này lúc \d{2}:\d{2}/ }),
  ).toBeVisible();
  await checkA11y(page, 'the check that failed to download');

  // Still no line: the press tries again (a failure is not kept) and says so again.
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect.poll(() => line.requests).toBe(2);
  await expect(alert).toBeVisible();

  line.open = true;
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Cần sửa trước khi đi tiếp' });
  await expect(summary.getByRole('link', { name: 'Nhập họ và tên của đồng chí' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  await page.locator('#f-hoTen').fill('Nguyen Van Bay');
  await page.locator('#f-diaDanh').fill('Ham Tan');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(stepHeading(page)).toHaveText(/^Bước 2\//);
});

test('the check-answers page opened directly cannot download its check: it says so, shows the answers, and "Thử lại" checks', async ({
  page,
}) => {
  const line = await weakLine(page, /\/zod[^/]*\.js$/);
  await page.goto('/bao-cao/?mau=dang-vien');
  await page.locator('#f-hoTen').fill('Nguyen Van Bay');
  await expect(
    page.getByRole('status').filter({ hasText: /Đã lưu bản nháp trên máy này lúc \d{2}:\d{2}/ }),
  ).toBeVisible();
  // A reload, or a link kept, straight to the check page: its check of every answer needs zod.
  await page.goto('/bao-cao/?mau=dang-vien&buoc=kiem-tra');
  const alert = page.getByRole('alert').filter({
    hasText: 'Chưa tải được phần kiểm tra câu trả lời (mạng yếu?), nên chưa kiểm tra được các câu trả lời.',
  });
  await expect(alert).toBeVisible();
  expect(line.requests).toBe(1);
  await expect(page.locator('[data-check-answers]')).toContainText('Nguyen Van Bay');
  await checkA11y(page, 'the check page whose check failed to download');

  line.open = true;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Cần sửa trước khi đi tiếp' });
  await expect(summary.getByRole('link', { name: 'Nhập tên chi bộ' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(line.requests).toBe(2);
});

test('the form engine fails to download and "Tiếp tục" is pressed: a message, the text stays, the next press goes on', async ({
  page,
}) => {
  const line = await weakLine(page, /\/FormEngine\.[^/]*\.js$/);
  await page.goto('/bao-cao/?mau=dang-vien');
  await page.locator('#f-dangBo').fill('Dang bo xa Tan Ha');
  await expect.poll(() => line.requests).toBe(1);
  await page.locator('#f-hoTen').fill('Nguyen Van Bay');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  const alert = page.getByRole('alert').filter({ hasText: checkFailed });
  await expect(alert).toBeVisible();
  await expect(page.locator('#f-dangBo')).toHaveValue('Dang bo xa Tan Ha');
  await expect(page.locator('#f-hoTen')).toHaveValue('Nguyen Van Bay');
  await checkA11y(page, 'the engine that failed to download');

  line.open = true;
  await page.locator('#f-chiBo').fill('Chi bo thon 3');
  await page.locator('#f-diaDanh').fill('Ham Tan');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(stepHeading(page)).toHaveText(/^Bước 2\//);
  await page.goBack();
  await expect(stepHeading(page)).toHaveText(/^Bước 1\//);
  for (const [id, v] of [
    ['dangBo', 'Dang bo xa Tan Ha'],
    ['chiBo', 'Chi bo thon 3'],
    ['hoTen', 'Nguyen Van Bay'],
    ['diaDanh', 'Ham Tan'],
  ] as const) {
    await expect(page.locator(`#f-${id}`)).toHaveValue(v);
  }
});

test('a notice fails to download after the first save: the form and the text stay, "Thử lại" shows the notice', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'storage', {
      value: { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) },
    });
  });
  const line = await weakLine(page, /\/KeepingNotes\.[^/]*\.js$/);
  await page.goto('/bao-cao/?mau=dang-vien');
  await page.locator('#f-hoTen').fill('Nguyen Van Luu');

  const tools = page.locator('[data-draft-tools]');
  const alert = tools.getByRole('alert').filter({ hasText: partFailed });
  await expect(alert).toBeVisible();
  await expect(page.locator('[data-draft-status]').getByRole('status')).toHaveText(
    /Đã lưu bản nháp trên máy này lúc \d{2}:\d{2}/,
  );
  await page.locator('#f-chiBo').fill('Chi bo 5');
  await expect(page.locator('#f-hoTen')).toHaveValue('Nguyen Van Luu');
  await checkA11y(page, 'a notice that failed to download');

  line.open = true;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(
    tools.getByRole('status').filter({ hasText: 'trình duyệt sẽ không tự xóa nó khi máy thiếu bộ nhớ' }),
  ).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('#f-chiBo')).toHaveValue('Chi bo 5');
  await page.reload();
  await expect(page.locator('#f-hoTen')).toHaveValue('Nguyen Van Luu');
  await expect(page.locator('#f-chiBo')).toHaveValue('Chi bo 5');
});

test.describe('opened in Zalo', () => {
  test.use({ userAgent: ZALO_ANDROID });

  test('the in-app notice comes in the first step’s own render: no separate download that a weak line could lose', async ({
    page,
  }) => {
    const separate: string[] = [];
    page.on('request', (r) => /InAppNotice|CopyDraftText/.test(r.url()) && separate.push(r.url()));
    await page.goto('/bao-cao/?mau=dang-vien');
    await expect(page.getByRole('region', { name: 'Đồng chí đang mở trang trong Zalo' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: partFailed })).toHaveCount(0);
    expect(separate).toEqual([]);
  });
});
