/**
 * Several drafts on one phone: a secretary typing reports for several elderly members, a member helped on
 * a child's phone. Each draft is named by whose it is, listed on the start page with its date, opened,
 * renamed and deleted one by one; a draft file of the same template opens as a new draft or replaces one,
 * as the member chooses; "Xóa mọi bản nháp trên máy này" clears a shared phone.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /Đã lưu bản nháp trên máy này lúc/ })).toBeVisible();
const list = (page: Page) => page.getByRole('region', { name: 'Bản nháp trên máy này' });
const item = (page: Page, name: string) =>
  list(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

async function typeDraft(page: Page, hoTen: string, chiBo: string) {
  await page.locator('#f-hoTen').fill(hoTen);
  await page.locator('#f-chiBo').fill(chiBo);
  await saved(page);
}

test('two named drafts of one template kept apart, opened, renamed, deleted one by one, then all cleared', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/bao-cao/?mau=dang-vien');
  await typeDraft(page, 'Nguyễn Văn An', 'Chi bộ thôn 1');
  // The address names the draft from then on, so a reload or a second tab opens this one.
  await expect(page).toHaveURL(/[?&]nhap=[a-z0-9]+/);

  await page.goto('/bao-cao/');
  await expect(item(page, 'Báo cáo của đồng chí Nguyễn Văn An')).toContainText(/lưu lúc \d{2}:\d{2} \d+\/\d+\/\d{4}/);
  await list(page).getByRole('link', { name: 'Soạn bản nháp mới theo mẫu “Báo cáo tự rà soát của đảng viên”' }).click();
  await expect(page.locator('#f-hoTen')).toHaveValue('');
  await typeDraft(page, 'Trần Thị Ba', 'Chi bộ thôn 3');
  // A reload keeps this draft, not the other.
  await page.reload();
  await expect(page.locator('#f-hoTen')).toHaveValue('Trần Thị Ba');

  await page.goto('/bao-cao/');
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
  await expect(list(page).getByRole('listitem').first()).toContainText('Báo cáo của đồng chí Trần Thị Ba');
  await checkA11y(page, 'start page with two drafts');
  await item(page, 'Báo cáo của đồng chí Nguyễn Văn An').getByRole('link').click();
  await expect(page.locator('#f-hoTen')).toHaveValue('Nguyễn Văn An');
  await expect(page.locator('#f-chiBo')).toHaveValue('Chi bộ thôn 1');

  // Rename one.
  await page.goto('/bao-cao/');
  await page.getByRole('button', { name: 'Đổi tên bản nháp “Báo cáo của đồng chí Trần Thị Ba”' }).click();
  const rename = page.getByLabel('Tên mới của bản nháp');
  await expect(rename).toBeFocused();
  await checkA11y(page, 'renaming a draft');
  await rename.fill('Bà Ba (tổ 3)');
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(list(page).getByRole('status')).toHaveText('Đã đổi tên bản nháp.');
  await expect(item(page, 'Bà Ba (tổ 3)')).toBeVisible();
  // The name stays when the draft is typed on.
  await item(page, 'Bà Ba (tổ 3)').getByRole('link').click();
  await page.locator('#f-chiBo').fill('Chi bộ thôn 3, tổ 3');
  await saved(page);
  await page.goto('/bao-cao/');
  await expect(item(page, 'Bà Ba (tổ 3)')).toBeVisible();

  // A draft file of the same template: a new draft, or in place of one, as the member chooses.
  const file = (hoTen: string) => ({
    name: 'ban-nhap-dang-vien.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'giu-tron-loi-the/ban-nhap',
        version: 1,
        templateId: 'dang-vien',
        templateVersion: 1,
        savedAt: '2026-11-30T08:00:00.000Z',
        answers: { hoTen },
        orphans: [],
      }),
    ),
  });
  await page.getByLabel('Mở bản nháp từ tệp').setInputFiles(file('Lê Văn Tệp'));
  const ask = page.getByRole('group').filter({ hasText: 'Trên máy này đã có 2 bản nháp mẫu' });
  await expect(ask.getByRole('button')).toHaveText([
    'Mở thành bản nháp mới',
    /^Thay cho “Bà Ba \(tổ 3\)”, lưu lúc/,
    /^Thay cho “Báo cáo của đồng chí Nguyễn Văn An”, lưu lúc/,
    'Không mở',
  ]);
  await checkA11y(page, 'a file of the same template: new or replace');
  await ask.getByRole('button', { name: 'Mở thành bản nháp mới' }).click();
  await expect(page.locator('#f-hoTen')).toHaveValue('Lê Văn Tệp');
  await page.goto('/bao-cao/');
  await expect(list(page).getByRole('listitem')).toHaveCount(3);
  await page.getByLabel('Mở bản nháp từ tệp').setInputFiles(file('Lê Văn Tệp Hai'));
  await page.getByRole('button', { name: /^Thay cho “Báo cáo của đồng chí Nguyễn Văn An”/ }).click();
  await expect(page.locator('#f-hoTen')).toHaveValue('Lê Văn Tệp Hai');
  await page.goto('/bao-cao/');
  await expect(list(page).getByRole('listitem')).toHaveCount(3);
  await expect(item(page, 'Báo cáo của đồng chí Nguyễn Văn An')).toHaveCount(0);
  await expect(item(page, 'Báo cáo của đồng chí Lê Văn Tệp Hai')).toBeVisible();

  // Delete one.
  await page.getByRole('button', { name: 'Xóa bản nháp “Báo cáo của đồng chí Lê Văn Tệp”' }).click();
  await checkA11y(page, 'deleting one draft asks first');
  await page.getByRole('button', { name: 'Có, xóa bản nháp' }).click();
  await expect(list(page).getByRole('status')).toHaveText(
    'Đã xóa bản nháp “Báo cáo của đồng chí Lê Văn Tệp” trên máy này.',
  );
  await expect(list(page).getByRole('listitem')).toHaveCount(2);

  // A shared phone: clear every draft, after a confirmation.
  await page.getByRole('button', { name: 'Xóa mọi bản nháp trên máy này' }).click();
  const all = page.getByRole('group').filter({ hasText: 'Xóa hẳn cả 2 bản nháp trên máy này?' });
  await checkA11y(page, 'clearing every draft asks first');
  await all.getByRole('button', { name: 'Không, giữ lại' }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Xóa mọi bản nháp trên máy này' }).click();
  await page.getByRole('button', { name: 'Có, xóa tất cả' }).click();
  await expect(list(page).getByRole('status')).toHaveText('Đã xóa mọi bản nháp trên máy này.');
  await expect(list(page).getByRole('listitem')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':ban-nhap:')))).toEqual([]);
  await checkA11y(page, 'every draft cleared');
});

test('a draft stored before a phone kept several opens with every answer and is listed beside new ones', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem(
      'giu-tron-loi-the:ban-nhap:dang-vien',
      JSON.stringify({
        format: 'giu-tron-loi-the/ban-nhap',
        version: 1,
        templateId: 'dang-vien',
        templateVersion: 1,
        savedAt: '2026-11-20T08:00:00.000Z',
        answers: { hoTen: 'Phạm Văn Cũ', chiBo: 'Chi bộ 2' },
        orphans: [],
      }),
    ),
  );
  // The old address, without a draft named: the draft kept on the phone opens.
  await page.goto('/bao-cao/?mau=dang-vien');
  await expect(page.locator('#f-hoTen')).toHaveValue('Phạm Văn Cũ');
  await expect(page.locator('#f-chiBo')).toHaveValue('Chi bộ 2');
  await page.goto('/bao-cao/');
  await expect(item(page, 'Báo cáo của đồng chí Phạm Văn Cũ')).toContainText('20/11/2026');
});
