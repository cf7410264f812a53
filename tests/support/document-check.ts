/**
 * Fills a report template in the browser, downloads its .docx, converts it with LibreOffice and prints the
 * print view with Chromium, then reads both PDFs: page count, page numbers, signature blocks.
 * Shared by `scripts/check-documents.mjs` (all seven templates, a table) and `tests/e2e/report-print.spec.ts`.
 * Only erasable TypeScript, so Node runs it as it is.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { convertToPdf } from './soffice.ts';
import { complete } from './examples.ts';

/** A plausible answer of a few sentences (tests/support/examples.ts, `complete`). */
export const sampleAnswer = complete;

/** Walks every step, filling each field with `answer`; stops on the check-answers page. */
export async function fillTemplate(page: Page, title: string, answer = sampleAnswer): Promise<Record<string, string>> {
  await page.goto('/bao-cao/');
  await page.getByRole('radio', { name: title }).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  const typed: Record<string, string> = {};
  // The step heading ("Bước 3/9: …") carries a data hook (tests select hooks, never styling classes).
  const heading = page.locator('[data-step-heading]');
  for (let guard = 0; guard < 20; guard++) {
    await heading.waitFor();
    const current = (await heading.textContent()) ?? '';
    if (/Kiểm tra lại/.test(current)) return typed;
    for (const input of await page.locator('form [data-field] :is(input, textarea)').all()) {
      const id = (await input.getAttribute('id'))!.slice(2);
      typed[id] = answer(id, (await input.getAttribute('type')) ?? 'textarea');
      await input.fill(typed[id]);
    }
    await page.getByRole('button', { name: /^Tiếp tục/ }).click();
    await page.waitForFunction(
      (before) => document.querySelector('[data-step-heading]')?.textContent !== before,
      current,
    );
  }
  throw new Error(`${title}: never reached the check-answers page`);
}

export interface PdfFacts {
  pages: number;
  /** For each page from 2, whether its first line of text is its own number; page 1 must have none. */
  numbered: boolean;
  /** Text of the last page. */
  lastPage: string;
}

function readPdf(file: string): PdfFacts {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
  const firstLine = (n: number) =>
    pageText(n)
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  let numbered = !/^\d+$/.test(firstLine(1));
  for (let n = 2; n <= pages; n++) numbered &&= firstLine(n) === String(n);
  return { pages, numbered, lastPage: pageText(pages) };
}

export interface DocumentFacts {
  templateId: string;
  docx: PdfFacts;
  print: PdfFacts;
  /** Each signer's lines ("T/M CHI BỘ BÍ THƯ … Trần Văn Hùng"), as the model has them. */
  signers: { role: string; name: string; onBehalfOf?: string }[];
}

/**
 * On the check-answers page: downloads the .docx and converts it with LibreOffice, prints the page with
 * Chromium (print media, the CSS @page size), and reads both PDFs.
 */
export async function checkDocument(page: Page, templateId: string, outDir: string): Promise<DocumentFacts> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click(),
  ]);
  const docx = join(outDir, `${templateId}.docx`);
  await download.saveAs(docx);
  convertToPdf(docx, outDir);
  const printed = join(outDir, `${templateId}-print.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  const signers = await page.locator('[data-print-document] [data-signer]').evaluateAll((els) =>
    els.map((el) => {
      const lines = [...el.querySelectorAll('p')].map((p) => p.textContent ?? '');
      const name = lines.at(-1) ?? '';
      const [first = '', second = ''] = lines;
      return lines.length >= 3 && /^T\/M /.test(first)
        ? { onBehalfOf: first, role: second, name }
        : { role: first, name };
    }),
  );
  return { templateId, docx: readPdf(join(outDir, `${templateId}.pdf`)), print: readPdf(printed), signers };
}

/** The rules both outputs must keep; an empty list means the document passes. */
export function documentProblems(f: DocumentFacts): string[] {
  const problems: string[] = [];
  if (Math.abs(f.docx.pages - f.print.pages) > 1)
    problems.push(`pages differ by more than one (.docx ${f.docx.pages}, print ${f.print.pages})`);
  for (const [which, pdf] of [
    ['.docx', f.docx],
    ['print', f.print],
  ] as const) {
    if (pdf.pages > 1 && !pdf.numbered)
      problems.push(`${which}: pages from 2 are not numbered at the top (or page 1 is)`);
    for (const s of f.signers) {
      for (const part of [s.onBehalfOf, s.role, s.name]) {
        if (part && !pdf.lastPage.includes(part)) problems.push(`${which}: the last page lacks “${part}”`);
      }
    }
  }
  return problems;
}
