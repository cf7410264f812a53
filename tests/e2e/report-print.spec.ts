import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect, checkA11y } from './fixtures';
import { checkDocument, documentProblems, fillTemplate, sampleAnswer } from '../support/document-check';

const out = 'tests/.output/report-print';
mkdirSync(out, { recursive: true });
const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
);

test.describe('the printed papers', () => {
  test.use({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

  // Two templates keep the run short: the longest member report and the minutes with two signers.
  // `node scripts/check-documents.mjs` runs the same check on all seven.
  for (const [id, title] of [
    ['lanh-dao-quan-ly', 'Báo cáo của đảng viên giữ chức vụ lãnh đạo, quản lý'],
    ['bien-ban-sinh-hoat', 'Biên bản buổi sinh hoạt chuyên đề (dành cho thư ký)'],
  ] as const) {
    test(`${id}: the print view and the .docx (through LibreOffice) agree within one page, number pages from 2 and end with every signature`, async ({
      page,
    }) => {
      test.skip(missing.length > 0, `${missing.join(', ')} not installed (scripts/system-deps.sh)`);
      test.setTimeout(180_000);
      await fillTemplate(page, title);
      const facts = await checkDocument(page, id, out);
      console.log(`${id}: .docx ${facts.docx.pages} pages, print ${facts.print.pages} pages`);
      expect(facts.signers.length).toBeGreaterThan(0);
      expect(documentProblems(facts)).toEqual([]);
      expect(facts.docx.pages).toBeGreaterThan(1);
    });
  }

  test('the rule fails when the outputs disagree', () => {
    const pdf = { pages: 2, numbered: true, lastPage: 'NGƯỜI BÁO CÁO Nguyễn Văn An' };
    const signers = [{ role: 'NGƯỜI BÁO CÁO', name: 'Nguyễn Văn An' }];
    expect(documentProblems({ templateId: 'x', docx: pdf, print: pdf, signers })).toEqual([]);
    expect(documentProblems({ templateId: 'x', docx: pdf, print: { ...pdf, pages: 4 }, signers })).toHaveLength(1);
    expect(documentProblems({ templateId: 'x', docx: pdf, print: { ...pdf, numbered: false }, signers })).toHaveLength(
      1,
    );
    expect(
      documentProblems({ templateId: 'x', docx: pdf, print: { ...pdf, lastPage: 'NGƯỜI BÁO CÁO' }, signers }),
    ).toHaveLength(1);
  });
});

test.describe('what the member is told about their text (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a long pasted passage gets a friendly note and is kept whole; a short one gets none', async ({ page }) => {
    await page.goto('/bao-cao/');
    await page.getByRole('radio', { name: 'Báo cáo tự rà soát của đảng viên' }).check();
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    for (const [id, v] of [
      ['dangBo', 'Đảng bộ xã A'],
      ['chiBo', 'Chi bộ B'],
      ['hoTen', 'Nguyễn Văn C'],
      ['diaDanh', 'A'],
    ])
      await page.fill(`#f-${id}`, v!);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const box = page.locator('#f-ketNap');
    const note = page.locator('#f-ketNap ~ [data-paste-note]');
    const paste = async (text: string) => {
      await box.focus();
      // What a real paste does: the paste event with the clipboard's text, then the text goes in.
      await box.evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
      await page.keyboard.insertText(text);
    };
    await paste('Ngày 19/5/1990.');
    await expect(note).toHaveText('');
    const passage = 'Đoạn văn chép từ một báo cáo mẫu trên mạng. '.repeat(8);
    await paste(passage);
    await expect(note).toContainText('“tránh việc sao chép lẫn nhau”');
    await expect(note).toHaveAttribute('role', 'status');
    await expect(box).toHaveValue(`Ngày 19/5/1990.${passage}`);
    await checkA11y(page, 'long paste note');
  });

  test('a reversed-name trick is cleaned out and the member is told; emoji are kept with a note', async ({ page }) => {
    await fillTemplate(page, 'Báo cáo tự rà soát của đảng viên', (id, type) =>
      id === 'hoTen' ? 'Nguy\u202Eễn Văn An' : id === 'tuHua' ? 'Giữ trọn lời thề 🇻🇳' : sampleAnswer(id, type),
    );
    const findings = page.locator('[data-text-findings]');
    await expect(findings).toContainText('Trong câu trả lời cho “Họ và tên của đồng chí” có ký tự ẩn');
    await expect(findings).toContainText('có biểu tượng cảm xúc (emoji)');
    await expect(page.locator('[data-print-document]')).toContainText('Họ và tên: Nguyễn Văn An');
    await expect(page.locator('[data-print-document]')).toContainText('Giữ trọn lời thề 🇻🇳');
    await checkA11y(page, 'text findings');
    await page.emulateMedia({ media: 'print' });
    await expect(findings).toBeHidden();
  });
});

test.describe('the blank printable forms (no JavaScript)', () => {
  test.use({ javaScriptEnabled: false });

  test('printing a chosen form prints it alone, with its closing lines and both signature places', async ({ page }) => {
    await page.goto('/bao-cao/#mau-trong-bien-ban-sinh-hoat');
    await page.emulateMedia({ media: 'print' });
    const minutes = page.locator('#mau-trong-bien-ban-sinh-hoat');
    await expect(minutes).toBeVisible();
    await expect(minutes).toContainText('Nơi lập biên bản');
    await expect(minutes).toContainText('Buổi sinh hoạt kết thúc lúc …………');
    await expect(minutes).toContainText('THƯ KÝ');
    await expect(minutes).toContainText('CHỦ TRÌ');
    await expect(page.locator('#mau-trong-dang-vien')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.getByRole('radio').first()).toBeHidden();
  });
});
