import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PrintDocument } from '~/components/ReportForm/check/PrintDocument';
import { buildAttendancePaper, buildMinutesPaper, buildPlanPaper } from '~/lib/chi-bo/papers';
import { applySplit, splitIntoSittings } from '~/lib/chi-bo/split';
import { documentCss } from '~/lib/report/layout';
import { siteConfig } from '~/site.config';
import { memberName, sixtyMemberWorkspace } from './helpers/chi-bo-workspace';
import { loadTemplate } from './helpers/report-templates';

const context = {
  siteName: siteConfig.siteName,
  campaignName: siteConfig.campaignName,
  minutesTemplate: loadTemplate('bien-ban-sinh-hoat'),
};
const base = sixtyMemberWorkspace();
const ws = applySplit(base, splitIntoSittings(base));
const html = (model: Parameters<typeof PrintDocument>[0]['model']) =>
  renderToStaticMarkup(createElement(PrintDocument, { model }));

describe('the print view of the secretary’s papers (the same PrintDocument as the member’s report)', () => {
  it('draws the attendance sheet as a table with a heading row and a signature column', () => {
    const out = html(buildAttendancePaper(ws, 's2', context)!);
    expect(out).toContain('<th scope="col">Ký tên</th>');
    expect(out.match(/<tr style="height:10mm">/g)).toHaveLength(60);
    expect(out).toContain(`<td>${memberName(59)}</td>`);
    expect(out).toContain('<p class="doc-number">Số ……</p>');
  });

  it('draws lines to write on, with their label, and "Nơi nhận" beside a single signer', () => {
    const minutes = html(buildMinutesPaper(ws, 's2', context)!);
    expect(minutes).toContain(
      '<p class="doc-write-in doc-body"><b>Ý kiến góp ý (ghi rõ tên đảng viên phát biểu):</b></p>',
    );
    expect(minutes).toMatch(/<\/div><div class="doc-recipients">/);
    const plan = html(buildPlanPaper(ws, context));
    expect(plan).toMatch(
      /<div class="doc-signers doc-signers--one" data-signers="true"><div data-signer="true">.*?<\/div><div class="doc-recipients">/,
    );
  });

  it('keeps headings with their text and table rows whole when printed', () => {
    const css = documentCss();
    expect(css).toMatch(/\.doc-part, \.doc-section, [^{]*\.doc-label \{ break-after: avoid; \}/);
    expect(css).toContain('.doc-table tr { break-inside: avoid; }');
    expect(css).toContain('.doc-table thead { display: table-header-group; }');
  });
});
