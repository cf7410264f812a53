/**
 * Zalo's built-in browser as it is on an Android phone: its user agent, and what an Android WebView lacks
 * (no Web Share, `window.print()` does nothing, the clipboard refused, files made by the page dropped).
 * Only what works there is offered, every message names only what is on the screen, and the draft is
 * carried out of Zalo as text into a fresh Chrome with the same answers.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import { fillToCheckAnswers, stepHeading } from './report-steps';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const ZALO_ANDROID =
  'Mozilla/5.0 (Linux; Android 11; RMX1973 Build/RKQ1.201217.002;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.7444.171 Safari/537.36 Zalo android/25112868 ZaloTheme/dark ZaloLanguage/vi';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 11; RMX1973) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.7444.171 Mobile Safari/537.36';

/** Words members must not read: jargon, file types, keyboard keys, and controls a WebView lacks. */
const NOT_SAID = [
  /giữ lâu dài/i,
  /\.json/i,
  /\bthẻ\b/i,
  /Ctrl\+C/i,
  /In giấy tờ/,
  /Gửi qua ứng dụng khác/,
  /Tải tệp Word/,
  /Tải bản nháp/,
];

/** What a WebView lacks, as a page script: each attempt is counted so a test can prove nothing happened. */
function webViewLacks() {
  const w = window as unknown as { printed: number };
  w.printed = 0;
  Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  Object.defineProperty(Navigator.prototype, 'canShare', { value: undefined, configurable: true });
  window.print = () => void w.printed++;
  const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: refuse, readText: refuse, write: refuse, read: refuse },
    configurable: true,
  });
}

async function contextWith(browser: Browser, baseURL: string, options: BrowserContextOptions) {
  const context = await browser.newContext({ ...phone, baseURL, locale: 'vi-VN', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => !r.url().startsWith(baseURL) && !/^(data|blob):/.test(r.url()) && problems.push(r.url()));
  return { context, page, problems };
}

async function zaloPage(browser: Browser, baseURL: string) {
  const opened = await contextWith(browser, baseURL, { userAgent: ZALO_ANDROID, acceptDownloads: false });
  await opened.page.addInitScript(webViewLacks);
  const downloads: string[] = [];
  opened.page.on('download', (d) => downloads.push(d.suggestedFilename()));
  return { ...opened, downloads };
}

/** The text a member reads (visible text of the main region), checked for what must not be said. */
async function expectPlainWords(page: Page, where: string) {
  const text = await page.locator('main').innerText();
  for (const word of NOT_SAID) expect(text, `${where}: ${word}`).not.toMatch(word);
}

const answerFor = (id: string, type: string) =>
  type === 'date'
    ? '2023-03-05'
    : id === 'hoTen'
      ? 'Nguyễn Văn Bảy'
      : type === 'textarea'
        ? `Trả lời câu ${id}\ncó dòng thứ hai 🙂`
        : `Trả lời ${id}`;

test('in Zalo: only the copy is offered; no print, share or download; every message names what is on the screen', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { page, context, problems, downloads } = await zaloPage(browser, baseURL!);
  await page.goto('/bao-cao/');
  await expect(page.getByRole('heading', { name: 'Đồng chí đang mở trang trong Zalo' })).toBeVisible();
  await expectPlainWords(page, 'start page');

  await page.goto('/bao-cao/?mau=dang-vien');
  const notice = page.getByRole('region', { name: 'Đồng chí đang mở trang trong Zalo' });
  await expect(notice).toContainText('chỉ nằm trong Zalo');
  await expect(notice.getByRole('button', { name: 'Chép bản nháp để mang sang trình duyệt khác' })).toBeVisible();
  const tools = page.locator('[data-draft-tools]');
  await expect(tools.getByRole('button')).toHaveText([
    'Chép bản nháp để mang sang trình duyệt khác',
    'Dán bản nháp',
    'Xóa bản nháp này',
  ]);
  await page.locator('#f-hoTen').fill('Nguyễn Văn Bảy');
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu bản nháp/ })).toBeVisible();
  await expectPlainWords(page, 'first step');
  await checkA11y(page, 'Zalo: first step');

  await fillToCheckAnswers(page, answerFor);
  await expect(page.getByRole('heading', { name: 'Trong Zalo, chỉ chép được báo cáo' })).toBeVisible();
  const exportButtons = page.locator('[data-check-answers] .rf-actions').first().getByRole('button');
  await expect(exportButtons).toHaveText(['Chép toàn bộ báo cáo', 'Quay lại']);
  await expectPlainWords(page, 'check page');
  await page.getByRole('button', { name: 'Chép toàn bộ báo cáo' }).click();
  const box = page.getByLabel('Toàn bộ báo cáo, để đồng chí tự chép');
  await expect(box).toBeFocused();
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(
    (await box.inputValue()).length,
  );
  await expect(page.getByText('bấm “Chọn tất cả”, rồi bấm “Sao chép”').first()).toBeVisible();
  await expectPlainWords(page, 'copy box');
  await checkA11y(page, 'Zalo: check page with the copy box');

  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  expect(downloads).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('the draft leaves Zalo as text and opens in a fresh Chrome with the same answers', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const zalo = await zaloPage(browser, baseURL!);
  await zalo.page.goto('/bao-cao/?mau=dang-vien');
  const typed = await fillToCheckAnswers(zalo.page, answerFor);
  await zalo.page.getByRole('button', { name: 'Chép bản nháp để mang sang trình duyệt khác' }).click();
  const box = zalo.page.getByLabel('Bản nháp, để đồng chí tự chép');
  await expect(box).toBeFocused();
  const text = await box.inputValue();
  expect(text).toContain('Báo cáo của đồng chí Nguyễn Văn Bảy');
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(text.length);
  expect(text.length, 'a short block').toBeLessThan(Math.max(2000, JSON.stringify(typed).length));
  await checkA11y(zalo.page, 'Zalo: the draft as text');
  expect(zalo.problems).toEqual([]);
  await zalo.context.close();

  // The phone's Chrome: nothing of Zalo's storage, a messaging app that wrapped the long line.
  const chrome = await contextWith(browser, baseURL!, { userAgent: CHROME_ANDROID });
  const { page } = chrome;
  await page.goto('/bao-cao/');
  await page.getByRole('button', { name: 'Dán bản nháp' }).click();
  const paste = page.getByLabel('Dán bản nháp đã chép vào ô này');
  await expect(paste).toBeFocused();
  await checkA11y(page, 'start page: paste box');
  await paste.fill('hello');
  await page.getByRole('button', { name: 'Mở bản nháp đã dán' }).click();
  await expect(page.getByRole('alert')).toContainText('không phải bản nháp chép từ trang này');
  const [first, payload] = text.split('\n') as [string, string];
  await paste.fill(`${first}\n${payload.slice(0, 50)}\n${payload.slice(50, -10)}`);
  await page.getByRole('button', { name: 'Mở bản nháp đã dán' }).click();
  await expect(page.getByRole('alert')).toContainText('bị thiếu hoặc hỏng');
  await checkA11y(page, 'start page: a damaged paste');
  await paste.fill(`${first}\n${payload.slice(0, 50)}\n${payload.slice(50)}\n`);
  await page.getByRole('button', { name: 'Mở bản nháp đã dán' }).click();
  await expect(page).toHaveURL(/\?mau=dang-vien/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã mở bản nháp vừa dán' })).toBeVisible();
  await expect(stepHeading(page)).toHaveText(/^Bước 1\//);
  await expect(page.locator('#f-hoTen')).toHaveValue('Nguyễn Văn Bảy');
  const stored = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('giu-tron-loi-the:ban-nhap:'))
        return (JSON.parse(localStorage.getItem(key)!) as { answers: Record<string, string> }).answers;
    }
    return null;
  });
  for (const [id, value] of Object.entries(typed)) expect(stored?.[id], id).toBe(value);
  // In Chrome the file and print are offered again.
  await page.goto('/bao-cao/?mau=dang-vien&buoc=kiem-tra');
  await expect(page.getByRole('button', { name: 'Tải tệp Word (.docx)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'In giấy tờ' })).toBeVisible();
  await expect(page.locator('[data-in-app-notice]')).toHaveCount(0);
  expect(chrome.problems).toEqual([]);
  await chrome.context.close();
});
