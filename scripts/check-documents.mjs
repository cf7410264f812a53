// For each of the seven report templates: fill the form in Chromium, download the .docx, convert it to PDF
// with LibreOffice, print the print view to PDF with Chromium, and compare them: page counts within one
// page, page numbers from page 2, every signature block (body, post, name) on the last page.
// Needs a built dist/ and `soffice`, `pdfinfo`, `pdftotext` (scripts/system-deps.sh installs them).
// Usage: node scripts/check-documents.mjs [--png] [template-id …]
// (writes tests/.output/documents/; --png adds page images; ids limit the run to those templates)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { LOCALE } from '../src/lib/format.ts';
import { startStaticServer } from '../tests/support/static-server.mjs';
import { checkDocument, documentProblems, fillTemplate } from '../tests/support/document-check.ts';

const out = 'tests/.output/documents';
const templatesDir = 'src/content/templates';
if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx astro build` first.');
mkdirSync(out, { recursive: true });

const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(templatesDir, f), 'utf8')) }))
  .sort((a, b) => a.order - b.order);
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (only.length > 0) templates.splice(0, templates.length, ...templates.filter((t) => only.includes(t.id)));

const { origin, server } = await startStaticServer({ root: 'dist' });
const browser = await launchChromium();
const rows = [];
let failed = 0;
try {
  for (const t of templates) {
    const context = await browser.newContext({
      baseURL: origin,
      acceptDownloads: true,
      locale: LOCALE,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const started = Date.now();
    await fillTemplate(page, t.title);
    const facts = await checkDocument(page, t.id, out);
    const problems = documentProblems(facts);
    if (problems.length > 0) failed++;
    rows.push({
      template: t.id,
      'docx pages': facts.docx.pages,
      'print pages': facts.print.pages,
      'numbered from p.2': `${facts.docx.numbered ? 'yes' : 'NO'} / ${facts.print.numbered ? 'yes' : 'NO'}`,
      signers: facts.signers.map((s) => [s.onBehalfOf, s.role, s.name].filter(Boolean).join(' · ')).join(' | '),
      result: problems.length === 0 ? 'ok' : problems.join('; '),
      seconds: Math.round((Date.now() - started) / 100) / 10,
    });
    if (process.argv.includes('--png')) {
      execFileSync('pdftoppm', ['-png', '-r', '50', join(out, `${t.id}.pdf`), join(out, `${t.id}-docx`)]);
      execFileSync('pdftoppm', ['-png', '-r', '50', join(out, `${t.id}-print.pdf`), join(out, `${t.id}-print`)]);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
console.table(rows);
console.log(`${templates.length - failed} of ${templates.length} templates pass (files in ${out}/)`);
process.exit(failed === 0 ? 0 : 1);
