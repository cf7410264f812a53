import { test, expect, checkA11y } from './fixtures';
import { sitemapPathsFromDist } from '../support/dist-files';
import { TEXT_SIZE_KEY } from '../../src/lib/text-size';
import { brokenWords } from './layout-checks';

const paths = sitemapPathsFromDist();

test.describe('every page in the sitemap', () => {
  test('the sitemap lists the main routes', () => {
    expect(paths).toEqual(expect.arrayContaining(['/', '/huong-dan/', '/hoi-dap/', '/bao-cao/', '/tim-kiem/']));
  });

  for (const path of paths) {
    test(`${path}: axe finds no violation; no horizontal scroll at 390 px with the largest text, nor at 200% zoom, where no word is cut in two either`, async ({
      page,
    }) => {
      await page.goto(path);
      await checkA11y(page, path);

      // Measured against the width we set: a mobile browser would widen its layout viewport to fit overflowing content.
      const overflow = () =>
        page.evaluate((width) => document.documentElement.scrollWidth - width, page.viewportSize()!.width);
      // The largest text step on a 390 px phone.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate((key) => localStorage.setItem(key, 'rat-lon'), TEXT_SIZE_KEY);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'rat-lon');
      expect(await overflow(), 'horizontal overflow at 390 px, largest text').toBeLessThanOrEqual(0);
      // Browser zoom at 200% on that phone lays the page out 195 CSS px wide.
      await page.evaluate((key) => localStorage.removeItem(key), TEXT_SIZE_KEY);
      await page.setViewportSize({ width: 195, height: 422 });
      await page.reload();
      await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
      expect(await overflow(), 'horizontal overflow at 200% zoom').toBeLessThanOrEqual(0);
      // Both at once: 200 % zoom with the largest text. Nothing scrolls sideways and no word is cut in two.
      await page.evaluate((key) => localStorage.setItem(key, 'rat-lon'), TEXT_SIZE_KEY);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'rat-lon');
      expect(await overflow(), 'horizontal overflow at 200% zoom, largest text').toBeLessThanOrEqual(0);
      expect(await brokenWords(page), 'words cut in two at 200% zoom, largest text').toEqual([]);
    });
  }
});

test.describe('layout', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/hoi-dap/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('focus is visible on links and buttons', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test('the text size control has three steps and is remembered across pages and reloads', async ({ page }) => {
    await page.goto('/');
    const group = page.getByRole('group', { name: 'Cỡ chữ' });
    await expect(group.getByRole('button')).toHaveCount(3);
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const base = await fontSize();
    await group.getByRole('button', { name: 'A lớn' }).click();
    await expect(group.getByRole('button', { name: 'A lớn' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(fontSize).toBeGreaterThan(base);
    await page.goto('/hoi-dap/');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'lon');
    await expect(page.getByRole('button', { name: 'A lớn' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'lon');
    await page.getByRole('button', { name: 'A thường' }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
  });

  test('header, navigation and footer controls are at least 44 px tall', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/hoi-dap/');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('header a, header button, header input, nav a, footer a')]
        .map((el) => ({
          el: el.outerHTML.slice(0, 80),
          h: el.getBoundingClientRect().height,
          w: el.getBoundingClientRect().width,
        }))
        .filter((t) => t.h > 0 && (t.h < 44 || t.w < 24)),
    );
    expect(small).toEqual([]);
  });

  test('every page has one h1 and the main landmark', async ({ page }) => {
    for (const path of ['/', '/huong-dan/', '/rieng-tu/']) {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('main#noi-dung')).toHaveCount(1);
    }
  });

  test('the footer says what the site is and is not, the content date, and that nothing leaves the device', async ({
    page,
  }) => {
    await page.goto('/');
    const footer = page.locator('footer');
    await expect(footer).toContainText('không phải kênh thông tin chính thức');
    await expect(footer).toContainText('chỉ lưu trên máy này');
    await expect(footer).toContainText(/cập nhật đến ngày \d{1,2}\/\d{1,2}\/\d{4}/);
  });

  test('print: A4, no navigation, links printed after their text', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Các mục chính' })).toBeHidden();
    await expect(page.locator('form[data-search-box]').first()).toBeHidden();
    const after = await page.evaluate(
      () => getComputedStyle(document.querySelector('main a[href^="/"]')!, '::after').content,
    );
    expect(after).toContain('/');
  });

  test('the header search form works without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/huong-dan/');
    await page.getByRole('searchbox', { name: 'Tìm trong trang' }).fill('làm ăn xa');
    await page.getByRole('searchbox', { name: 'Tìm trong trang' }).press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=/);
    await expect(page.getByRole('link', { name: /câu hỏi thường gặp/ })).toBeVisible();
    await context.close();
  });
});

test.describe('the 404 page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('an unknown address gets the 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/khong-co-trang-nay/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await checkA11y(page, '404');
  });
});

test.describe('site files', () => {
  test('manifest, robots.txt, favicon and sitemap are served', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.lang).toBe('vi');
    expect(manifest.icons.length).toBeGreaterThan(0);
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
    expect((await request.get('/favicon.svg')).status()).toBe(200);
    expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
  });
});
