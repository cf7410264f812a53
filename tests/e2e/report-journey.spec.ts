/**
 * The drafting journey as members live it: opened from Zalo or Facebook, on a 390 px phone, with reloads,
 * Back and Forward, a second tab, a draft file brought from another device, storage that fails.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';
import { fillToCheckAnswers, stepHeading, stepInputs } from './report-steps';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
test.use(phone);

const ZALO_ANDROID =
  'Mozilla/5.0 (Linux; Android 11; RMX1973 Build/RKQ1.201217.002;) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/142.0.7444.171 Safari/537.36 Zalo android/25112868 ZaloTheme/dark ZaloLanguage/vi';
const FACEBOOK_ANDROID =
  'Mozilla/5.0 (Linux; Android 12; SM-A125F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/397.0.0.23.404;]';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1';

/** Whole answers typed as members type them: without accents, with line breaks. */
const answerFor = (id: string, type: string) =>
  type === 'date'
    ? '2023-03-05'
    : type === 'textarea'
      ? `Tra loi cau ${id} khong dau\nva dong thu hai`
      : `Tra loi cau ${id} khong dau`;

const header = { dangBo: 'Dang bo xa Tan Ha', chiBo: 'Chi bo thon 3', hoTen: 'Nguyen Van Bay', diaDanh: 'Ham Tan' };

async function fillHeader(page: Page, values: Record<string, string> = header) {
  for (const [id, v] of Object.entries(values)) await page.locator(`#f-${id}`).fill(v);
}

/** A page in a fresh context with the site's checks (no foreign request, no console error). */
async function pageIn(browser: Browser, baseURL: string, options: BrowserContextOptions) {
  const context = await browser.newContext({ ...phone, baseURL, locale: 'vi-VN', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => !r.url().startsWith(baseURL) && !/^(data|blob):/.test(r.url()) && problems.push(r.url()));
  return { page, context, problems };
}

for (const [app, ua] of [
  ['Zalo', ZALO_ANDROID],
  ['Facebook', FACEBOOK_ANDROID],
] as const) {
  test(`opened in ${app}: the notice before starting and beside the download, and the whole report copies to the clipboard`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { page, context, problems } = await pageIn(browser, baseURL!, { userAgent: ua });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/bao-cao/');
    await expect(page.getByRole('heading', { name: `Đồng chí đang mở trang trong ${app}` })).toBeVisible();
    await checkA11y(page, 'in-app notice on the start page');

    await page.getByRole('radio', { name: 'Báo cáo tự rà soát của đảng viên' }).check();
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    const notice = page.getByRole('region', { name: `Đồng chí đang mở trang trong ${app}` });
    await expect(notice).toContainText('mở bằng trình duyệt');
    await expect(notice).toContainText('Điện thoại Android');
    await expect(notice).toContainText('iPhone');

    const typed = await fillToCheckAnswers(page, answerFor);
    await expect(page.getByRole('heading', { name: `Trong ${app}, chỉ chép được báo cáo` })).toBeVisible();
    await page.getByRole('button', { name: 'Chép toàn bộ báo cáo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã chép toàn bộ báo cáo' })).toBeVisible();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    for (const [id, value] of Object.entries(typed)) {
      if (id === 'ngayLap') expect(clip).toContain('ngày 05 tháng 3 năm 2023');
      else if (id === 'dangBo' || id === 'chiBo') expect(clip).toContain(value.toLocaleUpperCase('vi-VN'));
      else expect(clip, id).toContain(value);
    }
    await checkA11y(page, 'in-app notice beside the download');
    expect(problems).toEqual([]);
    await context.close();
  });
}

test('when the clipboard is refused, the whole report is in a selected text box; sharing sends the text; the download never claims success', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
    });
    const shared: unknown[] = [];
    (window as unknown as { shared: unknown[] }).shared = shared;
    Object.defineProperty(navigator, 'share', { value: (data: unknown) => (shared.push(data), Promise.resolve()) });
  });
  await page.goto('/bao-cao/?mau=dang-vien');
  const typed = await fillToCheckAnswers(page, answerFor);

  await page.getByRole('button', { name: 'Chép toàn bộ báo cáo' }).click();
  const box = page.getByLabel('Toàn bộ báo cáo, để đồng chí tự chép');
  await expect(box).toBeFocused();
  const text = await box.inputValue();
  for (const [id, value] of Object.entries(typed))
    if (!['ngayLap', 'dangBo', 'chiBo'].includes(id)) expect(text, id).toContain(value);
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(text.length);
  await checkA11y(page, 'copy box');

  await page.getByRole('button', { name: 'Gửi qua ứng dụng khác' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: { text: string }[] }).shared.length))
    .toBe(1);
  expect(await page.evaluate(() => (window as unknown as { shared: { text: string }[] }).shared[0]!.text)).toBe(text);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const status = page.getByRole('status').filter({ hasText: 'chuyển cho trình duyệt để tải về' });
  await expect(status).toContainText('xem đã có tệp chưa');
  await expect(page.getByText('Tệp nằm trong thư mục tải về')).toHaveCount(0);
});

test('each step has its address: Back, Forward, reload, "Sửa" → "Lưu và quay lại"; heading and title say "Bước n/N"', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/bao-cao/?mau=dang-vien');
  const heading = stepHeading(page);
  await expect(heading).toHaveText(/^Bước 1\/(\d+): Thông tin ở đầu giấy tờ$/);
  const total = Number((await heading.textContent())!.match(/\/(\d+)/)![1]);
  await expect(heading).toBeFocused();
  await fillHeader(page);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(heading).toHaveText(new RegExp(`^Bước 2/${total}: `));
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^Bước 2/${total}: .+ – Soạn báo cáo`));
  const step2 = new URL(page.url()).searchParams.get('buoc');
  expect(step2).toBeTruthy();
  await stepInputs(page).first().fill('Tra loi buoc hai');

  // Android Back: the previous step, not the template chooser; answers kept.
  await page.goBack();
  await expect(heading).toHaveText(new RegExp(`^Bước 1/${total}: `));
  await expect(heading).toBeFocused();
  await expect(page.locator('#f-hoTen')).toHaveValue(header.hoTen);
  await page.goForward();
  await expect(heading).toHaveText(new RegExp(`^Bước 2/${total}: `));
  await expect(stepInputs(page).first()).toHaveValue('Tra loi buoc hai');

  // A reload returns to the same step.
  await page.reload();
  await expect(heading).toHaveText(new RegExp(`^Bước 2/${total}: `));
  await expect(heading).toBeFocused();
  await expect(stepInputs(page).first()).toHaveValue('Tra loi buoc hai');

  // On to the check page; a reload there stays there.
  await fillToCheckAnswers(page, answerFor);
  await expect(heading).toHaveText(new RegExp(`^Bước ${total}/${total}: Kiểm tra lại trước khi tải về$`));
  await expect(heading).toBeFocused();
  await page.reload();
  await expect(heading).toHaveText(new RegExp(`^Bước ${total}/${total}: Kiểm tra lại trước khi tải về$`));
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^Bước ${total}/${total}: Kiểm tra lại`));

  // "Sửa" on step 1's name: one tap there, one tap back.
  await page.getByRole('link', { name: /^Sửa câu trả lời “Họ và tên/ }).click();
  await expect(heading).toHaveText(new RegExp(`^Bước 1/${total}: `));
  await expect(page.locator('#f-hoTen')).toBeFocused();
  await page.locator('#f-hoTen').fill('Nguyen Van Tam');
  await expect(page.getByRole('button', { name: 'Tiếp tục' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Lưu và quay lại' }).click();
  await expect(heading).toHaveText(new RegExp(`^Bước ${total}/${total}: Kiểm tra lại`));
  // Back to the row the member left by, not to the top of the page.
  const nameLink = page.getByRole('link', { name: /^Sửa câu trả lời “Họ và tên/ });
  await expect(nameLink).toBeFocused();
  await expect(page.locator('[data-check-answers]')).toContainText('Nguyen Van Tam');
  await checkA11y(page, 'check page after "Lưu và quay lại"');

  // A question far down the check page: back to its row, on screen.
  const lastLink = page.locator('[data-check-answers] .rf-summary__action a').last();
  const lastId = await lastLink.getAttribute('id');
  await lastLink.click();
  await expect(heading).toHaveText(new RegExp(`^Bước ${total - 1}/${total}: `));
  await page.getByRole('button', { name: 'Lưu và quay lại' }).click();
  await expect(heading).toHaveText(new RegExp(`^Bước ${total}/${total}: Kiểm tra lại`));
  await expect(page.locator(`#${lastId}`)).toBeFocused();
  await expect(page.locator(`#${lastId}`)).toBeInViewport();
  await expect(heading).not.toBeInViewport();
});

test('two tabs on one draft: changes to different questions merge; the same question changed in both asks first, nothing lost', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/bao-cao/?mau=dang-vien');
  await fillHeader(page);
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu bản nháp trên máy này lúc/ })).toBeVisible();

  const other = await page.context().newPage();
  // The second tab is a slow phone: its debounced save never comes by itself (only on "Tiếp tục" or
  // when the page is hidden), so its unsaved text is still unsaved when the first tab saves.
  await other.addInitScript(() => {
    const original = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
      ms === 700 ? 0 : original(fn, ms, ...rest)) as typeof window.setTimeout;
  });
  await other.goto('/bao-cao/?mau=dang-vien');
  await expect(other.locator('#f-hoTen')).toHaveValue(header.hoTen);

  // Different questions: merged both ways.
  await other.locator('#f-chucVu').fill('Cong nhan cao su');
  await page.locator('#f-diaDanh').fill('Phan Thiet');
  await expect(other.locator('#f-diaDanh')).toHaveValue('Phan Thiet');
  await expect(other.locator('#f-chucVu')).toHaveValue('Cong nhan cao su');
  await expect(
    other.getByRole('status').filter({ hasText: 'Bản nháp vừa được sửa ở một cửa sổ khác của trang' }),
  ).toBeVisible();
  await other.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect(page.locator('#f-chucVu')).toHaveValue('Cong nhan cao su');
  await expect(page.locator('#f-diaDanh')).toHaveValue('Phan Thiet');

  // The same question in both: the other tab is asked, and shows the first tab's text.
  await other.locator('#f-hoTen').fill('Ten go o the hai');
  await page.locator('#f-hoTen').fill('Ten go o the mot');
  const prompt = other
    .getByRole('alert')
    .filter({ hasText: 'Một cửa sổ khác của trang vừa lưu chữ khác cho cùng câu hỏi' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('textbox')).toHaveValue('Ten go o the mot');
  await expect(other.locator('#f-hoTen')).toHaveValue('Ten go o the hai');
  await expect(other.getByRole('status').filter({ hasText: 'Chưa lưu: đang chờ đồng chí chọn' })).toBeVisible();
  await checkA11y(other, 'conflict prompt');
  await other.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  // Still unsaved until the member chooses: the first tab keeps its own text.
  await expect(page.locator('#f-hoTen')).toHaveValue('Ten go o the mot');
  await prompt.getByRole('button', { name: 'Giữ chữ ở trang này' }).click();
  await expect(page.locator('#f-hoTen')).toHaveValue('Ten go o the hai');
  await expect(page.locator('#f-chucVu')).toHaveValue('Cong nhan cao su');
  await other.close();
});

test('a draft file of another template, opened from a form: that template’s form opens, its data fetched then, and the notice is on screen', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => /\/bao-cao\/mau\//.test(r.url()) && fetched.push(new URL(r.url()).pathname));
  await page.goto('/bao-cao/?mau=dang-vien');
  await page.locator('#f-hoTen').fill('Nguyen Van Mot');
  await expect.poll(() => fetched).toEqual(['/bao-cao/mau/dang-vien.json']);
  await page.getByRole('button', { name: 'Mở bản nháp từ tệp' }).click();
  await page.getByLabel('Chọn tệp bản nháp đã lưu ra máy trước đây').setInputFiles({
    name: 'ban-nhap-huu-tri.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'giu-tron-loi-the/ban-nhap',
        version: 1,
        templateId: 'huu-tri-noi-cu-tru',
        templateVersion: 1,
        savedAt: '2023-03-01T08:00:00.000Z',
        answers: { ...header, hoTen: 'Ba Hai' },
        orphans: [],
      }),
    ),
  });
  await expect(page).toHaveURL(/\?mau=huu-tri-noi-cu-tru/);
  await expect(page.locator('#f-hoTen')).toHaveValue('Ba Hai');
  const notice = page.getByRole('status').filter({ hasText: /^Đã mở bản nháp từ tệp/ });
  await expect(notice).toBeInViewport();
  expect(fetched).toEqual(['/bao-cao/mau/dang-vien.json', '/bao-cao/mau/huu-tri-noi-cu-tru.json']);
  // The first template's draft is still there, under its own address.
  await page.goBack();
  await expect(page.locator('#f-hoTen')).toHaveValue('Nguyen Van Mot');
});

test('a draft file opens from the start page on a fresh device; another template’s file asks before replacing, with both dates', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const file = (templateId: string, savedAt: string, hoTen: string) => ({
    name: `ban-nhap-${templateId}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'giu-tron-loi-the/ban-nhap',
        version: 1,
        templateId,
        templateVersion: 1,
        savedAt,
        answers: { ...header, hoTen },
        orphans: [],
      }),
    ),
  });
  await page.goto('/bao-cao/');
  await page
    .getByLabel('Mở bản nháp từ tệp')
    .setInputFiles(file('huu-tri-noi-cu-tru', '2023-03-01T08:00:00.000Z', 'Tu tep cu'));
  await expect(page).toHaveURL(/\?mau=huu-tri-noi-cu-tru/);
  await expect(page.locator('#f-hoTen')).toHaveValue('Tu tep cu');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Đã mở bản nháp từ tệp \(bản nháp lưu lúc \d{2}:\d{2} 1\/3\/2023\)\. Bản nháp đã được lưu/ }),
  ).toBeVisible();
  // Stored at once: a reload keeps it without a keystroke.
  await page.reload();
  await expect(page.locator('#f-hoTen')).toHaveValue('Tu tep cu');

  // From another template's form: the stored draft of that template is not replaced without asking.
  await page.goto('/bao-cao/?mau=dang-vien');
  await page.getByRole('button', { name: 'Mở bản nháp từ tệp' }).click();
  await page
    .getByLabel('Chọn tệp bản nháp đã lưu ra máy trước đây')
    .setInputFiles(file('huu-tri-noi-cu-tru', '2023-04-02T09:30:00.000Z', 'Tu tep moi'));
  const ask = page.getByRole('group').filter({ hasText: 'Trên máy này đã có một bản nháp mẫu' });
  await expect(ask).toContainText(
    /Bản nháp đồng chí mở \(lưu lúc \d{2}:\d{2} 2\/4\/2023\) có thể thành một bản nháp mới/,
  );
  await expect(
    ask.getByRole('button', {
      name: /^Thay cho “Báo cáo của đồng chí Tu tep cu”, lưu lúc \d{2}:\d{2} \d+\/\d+\/\d{4}$/,
    }),
  ).toBeVisible();
  await expect(ask).not.toContainText('Invalid Date');
  await checkA11y(page, 'import asks first');
  await ask.getByRole('button', { name: 'Không mở' }).click();
  await page.goto('/bao-cao/?mau=huu-tri-noi-cu-tru');
  await expect(page.locator('#f-hoTen')).toHaveValue('Tu tep cu');
  await page.getByRole('button', { name: 'Mở bản nháp từ tệp' }).click();
  await page
    .getByLabel('Chọn tệp bản nháp đã lưu ra máy trước đây')
    .setInputFiles(file('huu-tri-noi-cu-tru', '2023-04-02T09:30:00.000Z', 'Tu tep moi'));
  await page.getByRole('button', { name: /^Thay cho “Báo cáo của đồng chí Tu tep cu”/ }).click();
  await expect(page.locator('#f-hoTen')).toHaveValue('Tu tep moi');

  // The start page lists the drafts on this device, with their dates.
  await page.goto('/bao-cao/');
  const list = page.getByRole('region', { name: 'Bản nháp trên máy này' });
  await expect(list.getByRole('listitem')).toHaveText([
    /^Báo cáo của đồng chí Tu tep moi lưu lúc \d{2}:\d{2} \d+\/\d+\/\d{4}/,
  ]);
  await checkA11y(page, 'start page with a draft');
});

test('persistent storage is requested at the first save and the answer shown; Safari is reminded to keep a file', async ({
  browser,
  baseURL,
}) => {
  const { page, context, problems } = await pageIn(browser, baseURL!, { userAgent: SAFARI_IPHONE });
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    Object.defineProperty(navigator, 'storage', {
      value: { persisted: () => Promise.resolve(false), persist: () => (w.persistCalls++, Promise.resolve(true)) },
    });
  });
  await page.goto('/bao-cao/?mau=dang-vien');
  await page.locator('#f-hoTen').fill('Nguyen Van Luu');
  await expect(
    page.getByRole('status').filter({ hasText: 'trình duyệt sẽ không tự xóa nó khi máy thiếu bộ nhớ' }),
  ).toBeVisible();
  await expect(page.getByText(/không mở trang này trong 7 ngày/)).toBeVisible();
  await expect(page.getByText(/không mở trang này trong 7 ngày/)).toContainText('Lưu một bản ra máy để phòng mất');
  await page.locator('#f-chiBo').fill('Chi bo 5');
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu bản nháp/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
});

test('a storage failure is said at the top of the step, on the first screen, and in the status line', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('/bao-cao/?mau=dang-vien');
  await fillHeader(page);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(stepHeading(page)).toHaveText(/^Bước 2\//);
  // On arrival at the next step, the failure is right under its heading, on the first screen.
  const alert = page.getByRole('alert').filter({ hasText: 'Máy đã đầy bộ nhớ' });
  await expect(alert).toBeInViewport();
  await expect(stepHeading(page)).toBeInViewport();
  const [a, h] = [await alert.boundingBox(), await stepHeading(page).boundingBox()];
  expect(a!.y).toBeGreaterThan(h!.y);
  await expect(page.getByRole('status').filter({ hasText: 'Chưa lưu được bản nháp trên máy này.' })).toBeVisible();
  // Typing on: still said, never "Đã lưu".
  await stepInputs(page).first().fill('Chu khong luu duoc');
  await expect(alert).toBeVisible();
  await expect(page.getByText('Đã lưu bản nháp')).toHaveCount(0);
  await checkA11y(page, 'storage failure');
});

test('after "Tiếp tục" each step’s first field is on the first screen at 390×844', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/bao-cao/?mau=dang-vien');
  await expect(stepInputs(page).first()).toBeInViewport();
  for (let guard = 0; guard < 20; guard++) {
    const title = (await stepHeading(page).textContent()) ?? '';
    if (/Kiểm tra lại/.test(title)) return;
    for (const input of await stepInputs(page).all())
      await input.fill(answerFor((await input.getAttribute('id'))!.slice(2), (await input.getAttribute('type')) ?? ''));
    await page.getByRole('button', { name: /^Tiếp tục/ }).click();
    await expect(stepHeading(page)).not.toHaveText(title);
    if (/Kiểm tra lại/.test((await stepHeading(page).textContent()) ?? '')) return;
    // The heading comes to the top a frame after the step is painted: wait for it, then measure.
    const first = stepInputs(page).first();
    const name = await stepHeading(page).textContent();
    await expect
      .poll(async () => (await first.boundingBox())!.y + 40, `first field of "${name}" starts on the first screen`)
      .toBeLessThan(844);
  }
});

test('the form opens without layout shift (CLS ≤ 0.02)', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/bao-cao/?mau=dang-vien');
  await expect(stepInputs(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  console.log(`CLS opening /bao-cao/?mau=dang-vien: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThanOrEqual(0.02);
});

test('"Nghe lại" reads the answers with a local Vietnamese voice, and is absent when the only voice is a network one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const spoken: string[] = [];
    const w = window as unknown as { spoken: string[]; voices: unknown[] };
    w.spoken = spoken;
    w.voices = [
      { name: 'Tiếng Việt', lang: 'vi-VN', localService: new URLSearchParams(location.search).get('giong') !== 'mang' },
    ];
    Object.defineProperty(window, 'speechSynthesis', {
      value: Object.assign(new EventTarget(), {
        getVoices: () => w.voices,
        speak: (u: { text: string }) => spoken.push(u.text),
        cancel: () => undefined,
      }),
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        text: string;
        constructor(text: string) {
          this.text = text;
        }
      },
    });
  });
  await page.goto('/bao-cao/?mau=dang-vien');
  const typed = await fillToCheckAnswers(page, answerFor);
  await page.getByRole('button', { name: 'Nghe lại các câu trả lời' }).click();
  const spoken = (await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).join('\n');
  expect(spoken).toContain(typed['hoTen']);
  await expect(page.getByRole('button', { name: 'Dừng đọc' })).toBeVisible();

  await page.goto('/bao-cao/?mau=dang-vien&buoc=kiem-tra&giong=mang');
  await expect(stepHeading(page)).toHaveText(/Kiểm tra lại/);
  await expect(page.getByRole('button', { name: 'Chép toàn bộ báo cáo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nghe lại các câu trả lời' })).toHaveCount(0);
});

test('the character count is announced politely, after a pause, only near the limit', async ({ page }) => {
  await page.goto('/bao-cao/?mau=dang-vien');
  await fillHeader(page);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const field = page
    .locator('form [data-field]')
    .filter({ has: page.locator('textarea') })
    .first();
  const announcer = field.locator('[aria-live="polite"]');
  const max = Number(
    (await field.getByText(/tối đa/).textContent())!.match(/tối đa ([\d.]+)/)![1]!.replaceAll('.', ''),
  );
  await field.locator('textarea').fill('Ngan');
  await expect(field.getByText(/^Còn /)).toBeVisible();
  await expect(announcer).toHaveText('');
  await field.locator('textarea').fill('x'.repeat(max - 5));
  await expect(announcer).toHaveText('Còn 5 ký tự (tối đa ' + max.toLocaleString('vi-VN') + ')');
  await checkA11y(page, 'count near the limit');
});
