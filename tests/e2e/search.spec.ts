/** Search on the built site: header box, search page, keyboard, filters, budgets, no-JS. */
import type { Page } from '@playwright/test';
import { test, expect as baseExpect, checkA11y } from './fixtures';
import { transferSizes } from '../support/transfer-size';

// The first search on a page loads Pagefind (WebAssembly and index): allow for a busy 2-core CI machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const FAQ = '/hoi-dap/dang-vien-di-lam-an-xa/';
const headerBox = (page: Page) => page.locator('form[data-search-box] input[name="q"]');
const panel = (page: Page) => page.locator('[data-search-panel]');
const pageResults = (page: Page) => page.locator('[data-search-list] [data-search-hit-link]');

/** Waits until the search page shows the results for exactly this query. */
async function searchDone(page: Page, query: string) {
  await page.locator(`[data-search-root][data-search-done="${query.replace(/"/g, '\\"')}"]`).waitFor();
}

const pathOf = (href: string | null) => new URL(href ?? '', 'http://x').pathname;

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('typing in the header box shows results; opening one marks the words on the page', async ({ page }) => {
    await page.goto('/');
    await headerBox(page).tap();
    await headerBox(page).pressSequentially('lam an xa');
    const first = panel(page).locator('[data-search-hit-link]').first();
    await expect(first).toHaveAttribute('href', new RegExp(`^${FAQ}\\?tu-khoa=lam%20an%20xa`));
    // The best-matching FAQ entry comes first, shown as the answer to the member's question.
    const answer = panel(page).locator('[data-search-hit]').first();
    await expect(answer.locator('[data-search-answer-label]')).toHaveText('Câu hỏi gần nhất với câu đồng chí hỏi');
    await expect(answer.locator('[data-search-answer]')).toContainText('bí thư chi bộ');
    await expect(panel(page).locator('[data-search-hit-type]').first()).toBeVisible();
    await expect(panel(page).locator('[data-search-excerpt] mark').first()).toBeVisible();
    await expect(page.locator('form[data-search-box] [role="status"]')).toContainText(/Có \d+ kết quả cho “lam an xa”/);
    await first.tap();
    await expect(page).toHaveURL(new RegExp(`${FAQ}\\?tu-khoa=`));
    await expect(page.locator('h1')).toContainText('làm ăn xa');
    // The highlighter runs after the page has loaded: wait until it says it is done, then read the marks.
    await expect(page.locator('[data-pagefind-body]')).toHaveAttribute('data-search-marks', /^[1-9]\d*$/);
    const marks = page.locator('mark[data-search-mark]');
    await expect
      .poll(async () => (await marks.allTextContents()).map((t) => t.toLowerCase()))
      .toEqual(expect.arrayContaining(['làm', 'ăn', 'xa']));
    await expect(headerBox(page)).toHaveValue('lam an xa');
  });

  test('the results panel fits the screen', async ({ page }) => {
    await page.goto('/hoi-dap/');
    await headerBox(page).tap();
    await headerBox(page).pressSequentially('dang vien');
    await expect(panel(page).locator('[data-search-hit]').first()).toBeVisible();
    const box = await panel(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const { scrollWidth, viewport } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
  });
});

test.describe('whole questions, as members type them', () => {
  test('a question without accents, with "ko", finds its FAQ entry first and shows its answer', async ({ page }) => {
    const q = 'toi gia roi co phai viet bao cao ko';
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
    await searchDone(page, q);
    const first = page.locator('[data-search-list] [data-search-hit]').first();
    await expect(first.locator('[data-search-answer-label]')).toBeVisible();
    expect(pathOf(await first.locator('[data-search-hit-link]').getAttribute('href'))).toBe(
      '/hoi-dap/dang-vien-tuoi-cao-suc-khoe-yeu/',
    );
    await expect(first.locator('[data-search-answer]')).toContainText(
      'đồng chí có thể xin giảm hoặc miễn sinh hoạt đảng',
    );
    // The link carries what was asked, so the page marks it: not "có" and "không", nor "viết báo cáo", which is
    // on nearly every page.
    await expect(first.locator('[data-search-hit-link]')).toHaveAttribute('href', /tu-khoa=gia%20roi$/);
    await expect(page.locator('[data-search-status]')).toHaveText(
      /^Có \d+ kết quả cho “toi gia roi co phai viet bao cao ko”\.$/,
    );
    await checkA11y(page, 'a whole question answered');
  });

  test('when no page holds every word: the nearest pages, said plainly, never a dead end', async ({ page }) => {
    const q = 'tôi dùng nokia có soạn được báo cáo không';
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
    await searchDone(page, q);
    await expect(page.locator('[data-search-status]')).toHaveText(
      /^Không có trang nào có đủ các từ đồng chí gõ; đây là những trang gần nhất \(\d+\) cho “tôi dùng nokia có soạn được báo cáo không”\.$/,
    );
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-partial', '');
    await expect(page.locator('[data-search-empty]')).toBeHidden();
    expect(pathOf(await pageResults(page).first().getAttribute('href'))).toBe('/hoi-dap/cach-dung-mau-bao-cao/');
    // The filters count the pages shown.
    const total = Number((await page.locator('[data-search-status]').textContent())!.match(/\((\d+)\)/)![1]);
    await expect(
      page.getByRole('group', { name: 'Chỉ xem mục' }).locator('label', { hasText: 'Tất cả' }),
    ).toContainText(`(${total})`);
    await checkA11y(page, 'nearest pages');
    // The header box says the same.
    await headerBox(page).fill('');
    await headerBox(page).focus();
    await headerBox(page).fill('nokia soan bao cao');
    await expect(page.locator('form[data-search-box] [role="status"]')).toHaveText(
      /^Không có trang nào có đủ các từ đồng chí gõ; đây là những trang gần nhất \(\d+\) cho “nokia soan bao cao”\.$/,
    );
  });

  test('glossary terms are sub-results that link to their anchor', async ({ page }) => {
    await page.goto('/tim-kiem/?q=to%20dang%20la%20gi');
    await searchDone(page, 'to dang la gi');
    const term = page.locator('[data-search-sub-link][href^="/tai-lieu/thuat-ngu/"]', { hasText: 'Tổ đảng' });
    await expect(term).toHaveAttribute('href', /#to-dang$/);
    await term.click();
    await expect(page.locator('[id="to-dang"]')).toBeInViewport();
  });

  test('the whole search runs in the search worker: neither Pagefind nor its WebAssembly loads on the page itself', async ({
    page,
  }) => {
    const worker = page.waitForEvent('worker');
    await page.goto('/hoi-dap/');
    await headerBox(page).focus();
    await headerBox(page).fill('ve huu roi thi viet gi');
    expect((await worker).url()).toMatch(/\/_astro\/search-worker[^/]*\.js$/);
    await expect(panel(page).locator('[data-search-hit]').first()).toBeVisible();
    await expect(panel(page).locator('[data-search-hit-link]').first()).toHaveAttribute(
      'href',
      /^\/hoi-dap\/dang-vien-huu-tri\//,
    );
    const onPage = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(onPage.filter((p) => p.includes('wasm') || p.startsWith('/pagefind/'))).toEqual([]);
  });
});

test.describe('where the search worker cannot run, the same search runs in the page', () => {
  // The blocked script is reported by the browser itself; nothing else may log an error.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  // The service worker fetches the site's files itself once it controls the page, and page.route does not see
  // what it serves: this is a first visit, before it is there.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
  });

  test('the worker script cannot load (blocked, or not cached offline): results still come, on the page', async ({
    page,
  }) => {
    let blocked = 0;
    await page.route(/\/_astro\/search-worker[^/]*\.js$/, (route) => {
      blocked++;
      return route.abort();
    });
    await page.goto('/hoi-dap/');
    await headerBox(page).focus();
    await headerBox(page).fill('toi gia roi co phai viet bao cao ko');
    await expect(panel(page).locator('[data-search-hit-link]').first()).toHaveAttribute(
      'href',
      /^\/hoi-dap\/dang-vien-tuoi-cao-suc-khoe-yeu\//,
    );
    expect(blocked).toBeGreaterThan(0);
    const onPage = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(onPage).toContain('/pagefind/pagefind.js');
  });

  test('a browser without module workers (the constructor throws) searches in the page', async ({ page }) => {
    await page.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new TypeError('Module scripts are not supported on DedicatedWorker yet');
        }
      } as unknown as typeof Worker;
    });
    await page.goto('/tim-kiem/?q=lam%20an%20xa');
    await searchDone(page, 'lam an xa');
    expect(pathOf(await pageResults(page).first().getAttribute('href'))).toBe(FAQ);
  });
});

test('/tim-kiem/?q=dang vien di lam an xa puts the right FAQ first and keeps the query', async ({ page }) => {
  await page.goto('/tim-kiem/?q=dang%20vien%20di%20lam%20an%20xa');
  await searchDone(page, 'dang vien di lam an xa');
  expect(pathOf(await pageResults(page).first().getAttribute('href'))).toBe(FAQ);
  await expect(page.locator('[data-search-page-input]')).toHaveValue('dang vien di lam an xa');
  await expect(headerBox(page)).toHaveValue('dang vien di lam an xa');
  await expect(page.locator('[data-search-status]')).toHaveText(/^Có \d+ kết quả cho “dang vien di lam an xa”\.$/);
  // "Đảng" in the title and body is found from "dang" and shown with its accents, marked.
  await expect(pageResults(page).first()).toContainText('đi làm ăn xa');
  const marks = await page.locator('[data-search-list] [data-search-hit]').first().locator('mark').allTextContents();
  expect(marks.map((m) => m.toLowerCase().replace(/[^\p{L}]/gu, ''))).toEqual(
    expect.arrayContaining(['đảng', 'đi', 'làm']),
  );
});

test('axe passes on the search page with results, filters and sub-results open', async ({ page }) => {
  await page.goto('/tim-kiem/?q=sinh%20hoat');
  await searchDone(page, 'sinh hoat');
  await expect(page.locator('[data-search-subs]').first()).toBeVisible();
  await checkA11y(page, 'search page with results');
  await page.goto('/hoi-dap/');
  await headerBox(page).focus();
  await headerBox(page).pressSequentially('mien sinh hoat');
  await expect(panel(page).locator('[data-search-hit]').first()).toBeVisible();
  await checkA11y(page, 'header panel open');
});

test('a step of the session guide is a result of its own, titled by the step, that marks only that step', async ({
  page,
}) => {
  await page.goto('/tim-kiem/?q=ai%20ky%20bien%20ban');
  await searchDone(page, 'ai ky bien ban');
  const step = pageResults(page).and(page.locator('[href^="/sinh-hoat/"]')).first();
  await expect(step).toHaveText('Hoàn thiện biên bản');
  const href = (await step.getAttribute('href'))!;
  expect(href).toMatch(/^\/sinh-hoat\/\?tu-khoa=[^#]+#hoan-thien-bien-ban$/);
  await step.click();
  const target = page.locator('[id="hoan-thien-bien-ban"]');
  await expect(target).toBeInViewport();
  await expect(page.locator('[data-pagefind-body]')).toHaveAttribute('data-search-marks', /^[1-9]\d*$/);
  await expect(target.locator('mark[data-search-mark]').first()).toBeVisible();
  // Only the step the result named is marked, not every "biên bản" of the guide.
  expect(await page.locator('mark[data-search-mark]').count()).toBe(
    await target.locator('mark[data-search-mark]').count(),
  );
});

test('a page opened from a whole question marks what was asked, not every syllable, and no "đảng" for "dang" meant as "đang"', async ({
  page,
}) => {
  const q = 'toi dang viet bao cao tren dien thoai thi ban nhap luu o dau';
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(q)}`);
  await searchDone(page, q);
  await pageResults(page).first().click();
  await expect(page.locator('[data-pagefind-body]')).toHaveAttribute('data-search-marks', /^[1-9]\d*$/);
  const marks = (await page.locator('mark[data-search-mark]').allTextContents()).map((t) => t.toLowerCase());
  expect(marks.length).toBeLessThanOrEqual(30);
  expect(marks).toEqual(expect.arrayContaining(['bản', 'nháp']));
  expect(marks).not.toContain('đảng');
  // "báo cáo" is on nearly every page: it is marked only beside a word that is not.
  expect(marks.filter((m) => m === 'báo').length).toBeLessThanOrEqual(3);
});

test('Vietnamese keyboards compose in place: Enter, the arrows and Escape while composing never submit, move or close', async ({
  page,
}) => {
  await page.goto('/hoi-dap/');
  await headerBox(page).focus();
  await headerBox(page).pressSequentially('mien sinh hoat');
  await expect(page.locator('form[data-search-box] [role="status"]')).toContainText('“mien sinh hoat”');
  await expect(panel(page).locator('a[href]').first()).toBeVisible();
  // A Telex keyboard composing "hoạt" in place: the keys it sends meanwhile report isComposing and keyCode 229.
  await headerBox(page).dispatchEvent('compositionstart', { data: '' });
  for (const key of ['ArrowDown', 'Escape', 'Enter']) {
    const prevented = await headerBox(page).evaluate(
      (el, key) =>
        !el.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, isComposing: true, keyCode: 229 }),
        ),
      key,
    );
    expect(prevented, key).toBe(true);
  }
  // A submission arriving mid-composition (an in-app browser's Enter) is held back.
  await headerBox(page).evaluate((el) => (el as HTMLInputElement).form!.requestSubmit());
  await expect(headerBox(page)).toBeFocused();
  await expect(headerBox(page)).toHaveValue('mien sinh hoat');
  await expect(panel(page)).toBeVisible();
  await expect(page).toHaveURL(/\/hoi-dap\/$/);
  // Once the composition ends, the keys work again.
  await headerBox(page).dispatchEvent('compositionend', { data: 'hoạt' });
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).locator('a[href]').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
});

test('Vietnamese input: no marks, đ as d, upper case and NFD all find the same page', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const input = page.locator('[data-search-page-input]');
  for (const q of [
    'dang vien di lam an xa',
    'Đảng viên đi làm ăn xa',
    'ĐẢNG VIÊN ĐI LÀM ĂN XA',
    'đảng viên đi làm ăn xa'.normalize('NFD'),
  ]) {
    await input.fill(q);
    await searchDone(page, q);
    expect(pathOf(await pageResults(page).first().getAttribute('href')), q).toBe(FAQ);
  }
});

test('FAQ keywords are searchable', async ({ page }) => {
  // "xuất khẩu lao động" is only in that FAQ's keywords, not in its text.
  await page.goto('/tim-kiem/?q=xuat%20khau%20lao%20dong');
  await searchDone(page, 'xuat khau lao dong');
  expect(pathOf(await pageResults(page).first().getAttribute('href'))).toBe(FAQ);
});

test('a quoted phrase matches only where its words are consecutive', async ({ page }) => {
  await page.goto('/tim-kiem/?q=chu%20tri%20ket%20luan');
  await searchDone(page, 'chu tri ket luan');
  const loose = await pageResults(page).count();
  await page.goto('/tim-kiem/?q=%22chu%20tri%20ket%20luan%22');
  await searchDone(page, '"chu tri ket luan"');
  const hits = page.locator('[data-search-list] [data-search-hit]');
  const n = await hits.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(loose);
  for (const text of await hits.locator('[data-search-excerpt]').first().allTextContents()) {
    expect(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toContain('chu tri ket luan');
  }
  // Curly quotes from a phone keyboard work the same.
  await page.locator('[data-search-page-input]').fill('“chủ trì kết luận”');
  await searchDone(page, '“chủ trì kết luận”');
  await expect(hits).toHaveCount(n);
});

test('filters narrow the results by content type and stay in the URL', async ({ page }) => {
  await page.goto('/tim-kiem/?q=sinh%20hoat');
  await searchDone(page, 'sinh hoat');
  const filter = page.getByRole('group', { name: 'Chỉ xem mục' });
  await expect(filter.getByRole('radio')).toHaveCount(6);
  // Each choice shows how many results it has; "Tất cả" counts them all.
  const total = Number((await page.locator('[data-search-status]').textContent())!.match(/Có (\d+)/)![1]);
  await expect(filter.locator('label', { hasText: 'Tất cả' })).toContainText(`(${total})`);
  await expect(filter.locator('label', { hasText: 'Tài liệu' })).toContainText(/\([1-9]\d*\)/);
  await filter.getByRole('radio', { name: /Tài liệu/ }).check();
  await searchDone(page, 'sinh hoat');
  await expect(page).toHaveURL(/[?&]loai=tai-lieu/);
  const types = await page.locator('[data-search-list] [data-search-hit-type]').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(['Tài liệu']));
  await expect(page.locator('[data-search-status]')).toContainText('Đang xem mục Tài liệu');
  // The shared URL opens with the same filter.
  await page.reload();
  await searchDone(page, 'sinh hoat');
  await expect(filter.getByRole('radio', { name: /Tài liệu/ })).toBeChecked();
});

test('no results: a clear message, suggestions and the FAQ index', async ({ page }) => {
  await page.goto('/tim-kiem/?q=qwxz%20zzkq');
  await searchDone(page, 'qwxz zzkq');
  await expect(page.locator('[data-search-status]')).toHaveText('Không tìm thấy kết quả nào cho “qwxz zzkq”.');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('gõ ít từ hơn');
  await expect(empty).toContainText('bỏ dấu');
  await expect(empty.getByRole('link', { name: 'danh sách câu hỏi thường gặp' })).toHaveAttribute('href', '/hoi-dap/');
  await checkA11y(page, 'no results');
});

test('keyboard: "/" focuses the box, arrows move through results, Escape closes', async ({ page }) => {
  await page.goto('/hoi-dap/');
  await page.keyboard.press('/');
  await expect(headerBox(page)).toBeFocused();
  await page.keyboard.type('mien sinh hoat');
  const links = panel(page).locator('a[href]');
  // Wait for the results of the whole query: an earlier, partial query's list would be replaced under the focus.
  await expect(page.locator('form[data-search-box] [role="status"]')).toContainText('“mien sinh hoat”');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(headerBox(page)).toBeFocused();
  // Tab reaches the results too (after the submit button).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(headerBox(page)).toBeFocused();
  // Enter goes to the full search page with the query in the URL.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=mien\+sinh\+hoat$/);
  await searchDone(page, 'mien sinh hoat');
});

test.describe('budgets', () => {
  // The page's requests go to the network, not to the service worker's precache (offline work),
  // so what is counted is what the search itself costs on a first visit.
  test.beforeEach(async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  });

  test('pages that only show content load no search code before interaction', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(FAQ);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const scripts = requests.filter((p) => p.endsWith('.js'));
    // Only the boot script (focus and "/" listener); nothing it imports lazily.
    expect(scripts.filter((p) => /search-box|render|engine|highlight|normalize/.test(p))).toEqual([]);
    const boot = scripts.filter((p) => p.includes('SearchBox'));
    expect(boot).toHaveLength(1);
    const res = await page.request.get(boot[0]!, { headers: { 'Accept-Encoding': 'gzip' } });
    const gz = (await import('node:zlib')).gzipSync(await res.body(), { level: 9 }).length;
    console.log(`search boot script: ${(await res.body()).length} B, ${gz} B gzipped`);
    expect(gz).toBeLessThan(1.5 * 1024);
  });

  test('a first query on a fresh page transfers at most 120 KB, all search files included', async ({ page }) => {
    const urls: string[] = [];
    let focused = false;
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      // Everything after the first focus is search (the worker's requests included); before it, only the boot script is.
      if (focused || path.includes('SearchBox')) urls.push(r.url());
    });
    await page.goto('/hoi-dap/');
    await page.waitForLoadState('networkidle');
    focused = true;
    await headerBox(page).focus();
    // One query: the whole text arrives at once (a paste, or a typist faster than the debounce).
    // Typing slowly runs a search per pause and can fetch a few more result pages; see the README.
    await headerBox(page).fill('dang vien cao tuoi');
    await expect(panel(page).locator('[data-search-hit]').first()).toBeVisible();
    await expect(panel(page).locator('[data-search-summary]')).toContainText('“dang vien cao tuoi”');
    // Each file counted as the server sends it (see tests/support/transfer-size.ts), not as Chromium reports it.
    const { files, total } = await transferSizes(urls);
    console.log(
      `first query: ${files.length} requests, ${(total / 1024).toFixed(1)} KB\n` +
        files.map((f) => `  ${f.bytes}\t${f.path}`).join('\n'),
    );
    // Everything a search needs is in the list: the worker, Pagefind, its WebAssembly, index and result files.
    for (const part of [
      /\/search-worker[^/]*\.js$/,
      /\/pagefind\/pagefind\.js$/,
      /\/pagefind\/wasm\./,
      /\/pagefind\/index\//,
      /\/pagefind\/fragment\//,
    ]) {
      expect(
        files.some((f) => part.test(f.path)),
        `${part} requested`,
      ).toBe(true);
    }
    expect(
      files.every((f) => f.bytes > 0),
      'every file has a size',
    ).toBe(true);
    expect(total).toBeLessThanOrEqual(120 * 1024);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits to /tim-kiem/, which offers the FAQ and guidance indexes', async ({ page }) => {
    await page.goto('/hoi-dap/');
    await headerBox(page).fill('lam an xa');
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=lam\+an\+xa$/);
    await expect(page.getByRole('link', { name: 'Hỏi đáp' }).last()).toHaveAttribute('href', '/hoi-dap/');
    await expect(page.locator('main a[href="/huong-dan/"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Hoặc xem theo mục' })).toBeVisible();
    // The script-only parts stay hidden.
    await expect(page.getByRole('group', { name: 'Chỉ xem mục' })).toBeHidden();
    await expect(page.locator('[data-search-empty]')).toBeHidden();
  });
});

test('search works offline once the member has saved the whole site', async ({ page, context }) => {
  // A first visit keeps only the form and the pages opened; the search and its index come with “Lưu cả trang”.
  await page.goto('/bao-cao/');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('button', { name: 'Lưu cả trang để dùng khi không có mạng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cả trang trên máy này' })).toBeVisible({
    timeout: 60_000,
  });
  await context.setOffline(true);
  try {
    // The search worker comes from the precache too.
    const worker = page.waitForEvent('worker', (w) => /\/_astro\/search-worker[^/]*\.js$/.test(w.url()));
    await page.goto('/tim-kiem/?q=lam%20an%20xa');
    await worker;
    await searchDone(page, 'lam an xa');
    expect(pathOf(await pageResults(page).first().getAttribute('href'))).toBe(FAQ);
    await page.goto('/hoi-dap/');
    await headerBox(page).focus();
    await headerBox(page).pressSequentially('cao tuoi');
    await expect(panel(page).locator('[data-search-hit]').first()).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
