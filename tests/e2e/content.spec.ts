/**
 * The content as a member meets it in the browser: the FAQ grouped by topic with one page per question,
 * the guidance in anchored sections with their sources, the secretary's journey, the reference library
 * with its glossary anchors, and the home page's journey and most asked questions.
 */
import { test, expect, checkA11y } from './fixtures';

test.describe('FAQ', () => {
  test('the index groups at least 15 questions under the four topics, with a way out', async ({ page }) => {
    await page.goto('/hoi-dap/');
    const main = page.locator('main');
    for (const topic of [
      'Đảng viên trong hoàn cảnh riêng',
      'Viết báo cáo tự rà soát',
      'Tổ chức buổi sinh hoạt',
      'Dùng trang này',
    ]) {
      await expect(main.getByRole('heading', { level: 2, name: topic })).toBeVisible();
    }
    expect(await main.locator('li > a[href^="/hoi-dap/"]').count()).toBeGreaterThanOrEqual(15);
    await main.getByRole('link', { name: 'Tổ chức buổi sinh hoạt' }).click();
    await expect(page).toHaveURL(/#to-chuc-sinh-hoat$/);
    await expect(main.getByRole('heading', { name: 'Không thấy trường hợp của mình?' })).toBeVisible();
  });

  test('a question page answers first, then shows its rule, who decides, related questions and sources', async ({
    page,
  }) => {
    await page.goto('/hoi-dap/dang-vien-di-lam-an-xa/');
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 1 })).toContainText('Tôi đi làm ăn xa');
    // The answer is the first paragraph after the heading (and the dated lines of replaced rules), before any
    // sub-heading; who decides is the site's inference, labelled as such.
    const firstAfterH1 = main.locator('h1 ~ p').first();
    await expect(firstAfterH1).toContainText('Chưa tìm thấy quy định công khai nào');
    await expect(firstAfterH1.locator('[data-statement="inference"]')).toContainText(
      'chi bộ nơi đồng chí sinh hoạt chính thức quyết định',
    );
    await expect(main.getByRole('heading', { name: 'Ai quyết định' })).toBeVisible();
    await expect(main).toContainText('Hướng dẫn 01-HD/TW');
    await expect(main.getByRole('heading', { name: 'Câu hỏi liên quan' })).toBeVisible();
    const sources = main.locator('[data-sources]');
    await expect(sources.getByRole('heading', { name: 'Nguồn' })).toBeVisible();
    expect(await sources.locator('li').count()).toBeGreaterThanOrEqual(2);
    await main.getByRole('link', { name: 'tạm miễn sinh hoạt đảng' }).click();
    await expect(page).toHaveURL(/\/tai-lieu\/thuat-ngu\/#tam-mien-sinh-hoat$/);
    await expect(page.locator('#tam-mien-sinh-hoat')).toBeInViewport();
  });
});

test.describe('guidance', () => {
  test('is labelled a summary, in anchored sections, each with its own sources', async ({ page }) => {
    await page.goto('/huong-dan/');
    const main = page.locator('main');
    await expect(main).toContainText('Toàn văn Hướng dẫn 06 chưa có trên trang này');
    for (const id of ['muc-dich', 'ai-lam-gi', 'tai-lieu-tinh-cung-cap', 'moc-thoi-gian', 'tinh-than-chi-dao']) {
      const section = page.locator(`section#${id}`);
      await expect(section).toHaveCount(1);
      await expect(section.locator('[data-sources] li').first()).toBeVisible();
    }
    await expect(page.locator('#moc-thoi-gian')).toContainText('17/2/2023');
    await expect(page.locator('#tinh-than-chi-dao')).toContainText('không nặng về tổ chức kiểm điểm góp ý đảng viên');
  });
});

test.describe('session journey', () => {
  test('has the three phases in order, numbered steps with anchors, and links onward', async ({ page }) => {
    await page.goto('/sinh-hoat/');
    const main = page.locator('main');
    const phases = await main.locator('h2#truoc, h2#trong, h2#sau').allTextContents();
    expect(phases).toEqual(['Trước buổi sinh hoạt', 'Trong buổi sinh hoạt', 'Sau buổi sinh hoạt']);
    for (const id of [
      'phan-cong-bao-cao-de-dan',
      'dang-vien-trinh-bay-bao-cao',
      'ket-luan-buoi-sinh-hoat',
      'bao-cao-ket-qua-len-cap-tren',
    ]) {
      await expect(page.locator(`li#${id} > h3`)).toBeVisible();
    }
    await expect(main.locator('a[href="/bao-cao/"]').first()).toBeVisible();
    await expect(main.locator('a[href="/hoi-dap/chu-tri-co-phai-ket-luan-tung-dang-vien/"]').first()).toBeVisible();
  });
});

test.describe('reference library', () => {
  test('lists every category and marks what is not verified in Điều 2', async ({ page }) => {
    await page.goto('/tai-lieu/');
    for (const category of [
      'Điều lệ Đảng và lời tuyên thệ',
      'Quy định, hướng dẫn của Trung ương',
      'Thể thức văn bản',
      'Giải thích từ ngữ',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: category })).toBeVisible();
    }
    await page.getByRole('link', { name: /Điều 2 Điều lệ Đảng/ }).click();
    await expect(page.getByRole('heading', { name: 'Tóm tắt khoản 2, 3, 4' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Khoản 1: trùng khớp ở nhiều nguồn' })).toBeVisible();
    await expect(page.locator('main blockquote').first()).toContainText(
      'Tuyệt đối trung thành với mục đích lý tưởng cách mạng của Đảng',
    );
  });

  test('the glossary index jumps to each term', async ({ page }) => {
    await page.goto('/tai-lieu/thuat-ngu/');
    const terms = page.locator('main dt[id]');
    expect(await terms.count()).toBeGreaterThanOrEqual(15);
    await page.locator('main').getByRole('link', { name: 'Tổ đảng', exact: true }).click();
    await expect(page).toHaveURL(/#to-dang$/);
    await expect(page.locator('dt#to-dang')).toBeInViewport();
  });
});

test.describe('home page', () => {
  test('shows the four-step journey and about five most asked questions that open', async ({ page }) => {
    await page.goto('/');
    const main = page.locator('main');
    const steps = main.locator('#cac-buoc + ol > li');
    await expect(steps).toHaveCount(4);
    const featured = main.locator('#hoi-nhieu + ul > li > a');
    const count = await featured.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(6);
    await main
      .getByRole('link', { name: /đi làm ăn xa/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/hoi-dap\/dang-vien-di-lam-an-xa\/$/);
  });
});

test.describe('what kind of statement, and the 2025 context', () => {
  // On a phone, as most members read the site.
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a page naming the 2023 bodies carries the dated notice, whose link opens "Bối cảnh hiện nay"', async ({
    page,
  }) => {
    const { siteConfig } = await import('../../src/site.config');
    const context = siteConfig.context!;
    await page.goto('/hoi-dap/chu-tri-co-phai-ket-luan-tung-dang-vien/');
    const notice = page.locator('main [data-context-notice]');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(`năm ${context.campaignYear}`);
    await expect(notice).toContainText(`Nay đồng chí hỏi ${context.askNow}.`);
    // What changed is folded, to keep the notice short on a phone; a tap opens it.
    const changes = notice.getByRole('group');
    const first = notice.getByText(context.changes[0]!.text, { exact: false });
    await expect(first).toBeHidden();
    await checkA11y(page, 'a question page with the context notice');
    await notice.getByText('Những gì đã thay đổi').tap();
    for (const change of context.changes) await expect(notice.getByText(change.text, { exact: false })).toBeVisible();
    await expect(changes).toHaveCount(1);
    await checkA11y(page, 'the context notice opened');

    await notice.getByRole('link', { name: 'Bối cảnh hiện nay' }).tap();
    await expect(page).toHaveURL(/\/huong-dan\/#boi-canh-hien-nay$/);
    const section = page.locator('#boi-canh-hien-nay');
    await expect(section).toBeInViewport();
    await expect(section.getByRole('heading', { level: 2, name: /Bối cảnh hiện nay/ })).toBeVisible();
    await expect(section).toContainText('Lâm Đồng');
    await expect(section).toContainText('1/7/2025');
    await expect(section).toContainText('đảng ủy cấp trên trực tiếp');
    // The section carries its own sources.
    expect(await section.locator('[data-sources] li').count()).toBeGreaterThanOrEqual(3);
    await checkA11y(page, 'the guidance page at "Bối cảnh hiện nay"');
  });

  test('a page that names no 2023 body shows no notice', async ({ page }) => {
    await page.goto('/rieng-tu/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-context-notice]')).toHaveCount(0);
  });

  test("this site's advice and its inferences are labelled as such, apart from the rule", async ({ page }) => {
    await page.goto('/hoi-dap/chi-bo-dong-dang-vien/');
    const advice = page.locator('main [data-statement="advice"]');
    await expect(advice.first()).toContainText('Gợi ý của trang này');
    await expect(advice.first()).toContainText('không phải quy định');
    const inference = page.locator('main [data-statement="inference"]');
    expect(await inference.count()).toBeGreaterThanOrEqual(1);
    await expect(inference.first()).toContainText('Suy luận của trang này');
    // The rule itself (Điều 24) is quoted outside both.
    const rule = page.locator('main blockquote', { hasText: 'tổ đảng hoạt động dưới sự chỉ đạo của chi uỷ' });
    await expect(rule).toBeVisible();
    await expect(rule.locator('[data-statement]')).toHaveCount(0);
    await checkA11y(page, 'a question page with advice and inferences');
  });

  test('the Điều 2 page quotes khoản 1 and the oath as Báo Long An quotes it, with its source, and summarises khoản 2–4', async ({
    page,
  }) => {
    await page.goto('/tai-lieu/dieu-2-dieu-le-dang/');
    const main = page.locator('main');
    await expect(main.getByRole('heading', { name: 'Tóm tắt khoản 2, 3, 4' })).toBeVisible();
    await expect(main).toContainText('bản Điều lệ Đảng chính thức');
    // Khoản 1 as several sources give it, then the four paragraphs of the oath, attributed to the newspaper.
    await expect(main.locator('blockquote')).toHaveCount(2);
    await expect(main.locator('blockquote').first()).toContainText('Tuyệt đối trung thành');
    await expect(main.locator('blockquote').nth(1)).toContainText(
      'chăm lo đời sống vật chất, tinh thần và bảo vệ quyền lợi chính đáng của nhân dân',
    );
    await expect(main).toContainText('Báo Long An, trong bài “Giữ trọn lời tuyên thệ của đảng viên”');
    await expect(main.locator('[data-sources] [data-source-id="bao-long-an-loi-tuyen-the"] a')).toHaveAttribute(
      'href',
      /^https:\/\/baolongan\.vn\//,
    );
  });
});
