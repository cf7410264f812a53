/**
 * 200 % zoom with the largest text, on the report page: a 390 px phone zoomed to 200 % lays the page out
 * at 195 px, a 520 px window at 260 px; with "rất lớn" text no state of the form scrolls sideways. The
 * check page shows a date as members write it, and its "Sửa" links are 44 px targets.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import { brokenWords } from './layout-checks';

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [195, 260]) {
  test(`the report page at ${width} px with “rất lớn” text: start page, a step and the check page never scroll sideways`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 700 });
    await page.addInitScript(() => localStorage.setItem('gtlt-co-chu', 'rat-lon'));
    await page.goto('/bao-cao/');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'rat-lon');
    expect(await overflow(page), 'start page').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Dán bản nháp' }).click();
    await expect(page.getByLabel('Dán bản nháp đã chép vào ô này')).toBeVisible();
    expect(await overflow(page), 'paste box').toBeLessThanOrEqual(0);
    await page.goto('/bao-cao/?mau=dang-vien');
    await page.locator('#f-hoTen').fill('Nguyễn Văn Bảy');
    await page.locator('#f-ngayLap').fill('2026-03-12');
    await expect(page.getByRole('status').filter({ hasText: /Đã lưu bản nháp/ })).toBeVisible();
    expect(await overflow(page), 'first step').toBeLessThanOrEqual(0);
    await page.goto('/bao-cao/?mau=dang-vien&buoc=kiem-tra');
    await expect(page.getByRole('button', { name: 'Chép toàn bộ báo cáo' })).toBeVisible();
    expect(await overflow(page), 'check page').toBeLessThanOrEqual(0);
    await expect(page.getByRole('definition').filter({ hasText: /^12\/3\/2026$/ })).toBeVisible();
    await expect(page.getByText('2026-03-12')).toHaveCount(0);
    const edit = page.getByRole('link', { name: /^Sửa câu trả lời “Họ và tên/ });
    const box = (await edit.boundingBox())!;
    expect(Math.min(box.width, box.height), '"Sửa" target').toBeGreaterThanOrEqual(44);
    if (width === 260) await checkA11y(page, 'check page at 260 px, largest text');
  });
}

test('at 390 px, what a thumb taps is at least 44 px: each template choice (its whole row, radio included), “Chọn mẫu khác”, the file input; the text-size buttons say what they are', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/bao-cao/');
  await expect(page.getByRole('group', { name: 'Cỡ chữ' }).getByText('Cỡ chữ')).toBeVisible();
  const radios = page.locator('.rf-chooser input[type="radio"]');
  expect(await radios.count()).toBeGreaterThan(0);
  for (const radio of await radios.all()) {
    const id = await radio.getAttribute('id');
    const label = (await page.locator(`label[for="${id}"]`).boundingBox())!;
    const input = (await radio.boundingBox())!;
    expect(label.height, `${id}: the row's height`).toBeGreaterThanOrEqual(44);
    // The label reaches around the radio, so a tap beside it chooses it too.
    expect(label.x).toBeLessThanOrEqual(input.x);
    expect(label.y).toBeLessThanOrEqual(input.y);
    expect(label.x + label.width).toBeGreaterThanOrEqual(input.x + input.width);
    expect(label.y + label.height).toBeGreaterThanOrEqual(input.y + input.height);
  }
  // A tap just left of the first radio chooses it.
  const first = radios.first();
  await first.scrollIntoViewIfNeeded();
  const box = (await first.boundingBox())!;
  await page.mouse.click(box.x - 4, box.y + box.height / 2);
  await expect(first).toBeChecked();
  expect((await page.getByLabel('Mở bản nháp từ tệp').boundingBox())!.height).toBeGreaterThanOrEqual(44);

  await page.goto('/bao-cao/?mau=dang-vien');
  const other = (await page.getByRole('link', { name: 'Chọn mẫu khác' }).boundingBox())!;
  expect(other.height, '“Chọn mẫu khác”').toBeGreaterThanOrEqual(44);
});

for (const width of [195, 260]) {
  test(`at ${width} px with “rất lớn” text, no page cuts a word in two or scrolls sideways: session guide, search with filters, video chapters, home, report start, an FAQ entry`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 700 });
    await page.addInitScript(() => localStorage.setItem('gtlt-co-chu', 'rat-lon'));
    for (const path of [
      '/sinh-hoat/',
      '/tim-kiem/?q=dang vien lam an xa',
      '/video/buoi-sinh-hoat-minh-hoa/',
      '/',
      '/bao-cao/',
      '/hoi-dap/dang-vien-di-lam-an-xa/',
    ]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'rat-lon');
      if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-search-filter]')).toBeVisible();
      expect(await overflow(page), `${path}: sideways scroll`).toBeLessThanOrEqual(0);
      expect(await brokenWords(page), `${path}: words cut in two`).toEqual([]);
    }
  });
}
