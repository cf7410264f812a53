/**
 * Truth as of today, over the built site: every page citing a rule replaced since the campaign shows that rule's
 * dated line (generated from the reference entry's `validity`); the home page and the pages about deadlines and
 * handing in say when the campaign ran and that it has ended; the Điều 2 page shows the oath's text with its
 * source (facts §2.1); the guidance page tells the two "Hướng dẫn 06" apart, inside the indexed region.
 *
 * The citing pages are found here on their own, from the built HTML (links, names in the visible text, the ids in
 * the source lists) and the reference frontmatter read from disk, not by asking the code that places the lines.
 */
import { describe, expect, it } from 'vitest';
import { siteConfig } from '~/site.config';
import { formatPeriod } from '~/lib/format';
import { readCollection } from '../support/content-files';
import { htmlPages } from '../support/dist-files';

interface Validity {
  name: string;
  alsoNamed?: string[];
  inForceDuringCampaign: boolean | 'chua-ro';
  identifyingSources?: string[];
  replacedBy?: { name: string }[];
}
const rules = readCollection('reference')
  .filter((f) => f.data.validity !== undefined)
  .map((f) => ({ id: f.id, validity: f.data.validity as Validity, sources: (f.data.sources as { id: string }[]).map((s) => s.id) }));
const replaced = rules.filter((r) => (r.validity.replacedBy ?? []).length > 0 || r.validity.inForceDuringCampaign === 'chua-ro');

const pages = htmlPages().filter((p) => p.path !== '/404');
const page = (path: string) => pages.find((p) => p.path === path)!.html;

/** The page's main content without the generated lines themselves and without plain listings of entries. */
function citingPart(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<div[^>]*data-rule-lines[\s\S]*?<\/p>\s*<\/div>/g, ' ')
    .replace(/<p[^>]*data-rule-status[\s\S]*?<\/p>/g, ' ')
    .replace(/<ul[^>]*data-entry-list[\s\S]*?<\/ul>/g, ' ');
}
const text = (html: string) =>
  html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').normalize('NFC');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cites(rule: (typeof rules)[number], html: string): string | undefined {
  const part = citingPart(html);
  if (part.includes(`href="/tai-lieu/${rule.id}/`)) return 'links to it';
  // Names count in the page's own text; its list of sources is judged by the sources' ids below.
  const visible = text(part.replace(/<div[^>]*data-sources[\s\S]*?<\/div>/g, ' '));
  for (const name of [rule.validity.name, ...(rule.validity.alsoNamed ?? [])]) {
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{N}]|-[\\p{L}\\p{N}])`, 'u').test(visible)) return `names “${name}”`;
  }
  for (const id of rule.validity.identifyingSources ?? rule.sources) {
    if (part.includes(`data-source-id="${id}"`)) return `cites its source ${id}`;
  }
  return undefined;
}

describe('rules replaced since the campaign', () => {
  it('the reference holds replaced rules to check (QĐ 24, HD 01, QĐ 132)', () => {
    expect(replaced.map((r) => r.id)).toEqual(expect.arrayContaining(['quy-dinh-24-qd-tw-2021', 'huong-dan-01-hd-tw-2021', 'quy-dinh-132-2018']));
  });

  it('every page citing a replaced rule shows its dated line', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const { path, html } of pages) {
      for (const rule of replaced) {
        const why = cites(rule, html);
        if (!why) continue;
        checked++;
        if (!html.includes(`data-rule-status="${rule.id}"`)) missing.push(`${path} ${why} (${rule.id}) but has no dated line`);
      }
    }
    expect(missing).toEqual([]);
    // The FAQ answers on the elderly, on members far away and on exempted members cite them: many pages do.
    expect(checked).toBeGreaterThan(8);
  });

  it('the line says what applied in the campaign year, what replaced it, with dates, and to ask the chi bộ', () => {
    const qd24 = /<p[^>]*data-rule-status="quy-dinh-24-qd-tw-2021"[\s\S]*?<\/p>/.exec(page('/hoi-dap/dang-vien-tuoi-cao-suc-khoe-yeu/'))?.[0];
    expect(qd24).toBeDefined();
    const line = text(qd24!);
    expect(line).toContain(`Năm ${siteConfig.campaignWindow.start.getUTCFullYear()}`);
    expect(line).toContain('Quy định 24-QĐ/TW');
    expect(line).toMatch(/đã được thay bằng Quy định 232-QĐ\/TW .*20\/1\/2025.*Quy định 294-QĐ\/TW .*26\/5\/2025.*hiệu lực từ 1\/7\/2025/);
    expect(line).toContain('hãy hỏi chi bộ');
    expect(qd24).toMatch(/<a href="https:\/\/dantri\.com\.vn\//);
  });

  it('no page names “Quy định số 20-QĐ/TW” as a successor', () => {
    expect(pages.filter((p) => text(p.html).includes('20-QĐ/TW')).map((p) => p.path)).toEqual([]);
  });
});

describe('the campaign window', () => {
  const window = siteConfig.campaignWindow;
  const period = formatPeriod(window.start, window.end, window.precision);
  const notice = (html: string) => /<div[^>]*data-campaign-window="([a-z]+)"[^>]*>([\s\S]*?)<\/div>/.exec(html);

  it('the home page states the window and that the campaign has ended, first under its heading', () => {
    const html = page('/');
    const found = notice(html);
    expect(found?.[1]).toBe('ended');
    expect(text(found![2]!)).toContain(`diễn ra ${period}`);
    expect(text(found![2]!)).toContain('đã kết thúc');
    // Plainly, first: the notice comes right after the h1, before the lead and the steps.
    const afterH1 = html.slice(html.indexOf('</h1>') + 5).trimStart();
    expect(afterH1.startsWith('<div class="notice campaign-window')).toBe(true);
    // The steps no longer end with handing in as if the campaign ran.
    expect(text(html)).not.toContain('Bốn bước cho mỗi đảng viên');
  });

  it('every page about deadlines or handing in says so too', () => {
    for (const path of ['/huong-dan/', '/bao-cao/', '/sinh-hoat/']) {
      expect(notice(page(path))?.[1], path).toBe('ended');
      expect(text(notice(page(path))![2]!), path).toContain(period);
    }
  });
});

describe('sourced texts', () => {
  it('the Điều 2 reference shows the oath as Báo Long An quotes it, and cites it', () => {
    const html = page('/tai-lieu/dieu-2-dieu-le-dang/');
    expect(html).toContain('data-source-id="bao-long-an-loi-tuyen-the"');
    expect(html).toContain('href="https://baolongan.vn/giu-tron-loi-tuyen-the-cua-dang-vien-a171991.html"');
    const visible = text(html);
    expect(visible).toContain('Báo Long An');
    expect(visible).toContain('chăm lo đời sống vật chất, tinh thần và bảo vệ quyền lợi chính đáng của nhân dân');
    expect(visible).toContain('Chấp hành quy định của Ban Chấp hành Trung ương về những điều ĐV không được làm.');
  });

  it('the guidance page tells the campaign’s guidance from the Central 06-HD/TW, inside the indexed region', () => {
    const html = page('/huong-dan/');
    const indexed = /<div[^>]*data-pagefind-body[\s\S]*/.exec(html)?.[0] ?? '';
    const sentence = /<p[^>]*data-same-number[\s\S]*?<\/p>/.exec(indexed)?.[0];
    expect(sentence).toBeDefined();
    for (const doc of siteConfig.guidance.sameNumberAs) {
      expect(text(sentence!)).toContain(doc.name);
      expect(text(sentence!)).toContain(`năm ${doc.issuedOn.getUTCFullYear()}`);
    }
    expect(text(sentence!)).toContain(siteConfig.guidance.citation);
  });
});
