/**
 * A member who uses only the keyboard: home → an FAQ answer → the report form → fill → check answers →
 * download. Every stop of the Tab key must show where the focus is.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: true, what: 'body' };
    // Chromium's calendar button inside a date input takes a Tab stop of its own; the browser draws its
    // focus ring there, and the page cannot style or read it, so that one stop is left to the browser.
    if (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus'))
      return { ok: true, what: 'date picker button' };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { ok: outlined || style.boxShadow !== 'none', what: el.outerHTML.slice(0, 100) };
  });
  expect(focus.ok, `focus is visible on ${focus.what}`).toBe(true);
}

/** Presses Tab until `target` has the focus, checking that each stop shows its focus. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: home → FAQ answer → report form → fill → check answers → download', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');

  const faqLink = page.locator('main a[href="/hoi-dap/dang-vien-di-lam-an-xa/"]').first();
  await tabTo(page, faqLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hoi-dap\/dang-vien-di-lam-an-xa\/$/);

  const formLink = page.locator('main a[href^="/bao-cao/"]').first();
  await tabTo(page, formLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/bao-cao\//);

  // Choose the general member template with the keyboard, then start.
  const firstChoice = page.getByRole('radio', { name: 'Báo cáo tự rà soát của đảng viên' });
  await tabTo(page, page.getByRole('radio').first());
  for (let i = 0; i < 10 && !(await firstChoice.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(firstChoice).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Bắt đầu' }));
  await page.keyboard.press('Enter');

  const stepHeading = page.locator('[data-step-heading]');
  for (let guard = 0; guard < 20; guard++) {
    await expect(stepHeading).toBeVisible();
    const title = (await stepHeading.textContent()) ?? '';
    if (/Kiểm tra lại/.test(title)) break;
    for (const field of await page.locator('form [data-field] :is(input, textarea)').all()) {
      await tabTo(page, field);
      const type = await field.getAttribute('type');
      if (type === 'date') await page.keyboard.type('05032023');
      else await page.keyboard.type(`Trả lời bằng bàn phím ${guard}`);
    }
    await tabTo(page, page.getByRole('button', { name: /^Tiếp tục/ }));
    await page.keyboard.press('Enter');
    // The next step replaces this one; reading its fields before it arrives would fill the old step again.
    await expect(stepHeading).not.toHaveText(title);
  }
  await expect(stepHeading).toHaveText(/^Bước \d+\/\d+: Kiểm tra lại/);
  await expect(page.locator('[data-check-answers]')).toContainText('Trả lời bằng bàn phím');

  const downloadButton = page.getByRole('button', { name: 'Tải tệp Word (.docx)' });
  await tabTo(page, downloadButton, 200);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
});
