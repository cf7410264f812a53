/**
 * "Another province edits one file", proven: the site built with tests/province/site.config.ts (a made-up
 * province) in place of src/site.config.ts shows that province's names, and none of the default's, wherever
 * the code puts a name: the header and footer of every page, the page titles, the manifest, the context
 * notice, the report templates and the .docx a member downloads. Only the content files (src/content/),
 * which are about the default province by nature, may still name it.
 *
 * Run by `npm run test:province`, which first builds into PROVINCE_DIST (see package.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { createDocxDocument } from '~/lib/report/docx';
import { buildDocument } from '~/lib/report/model';
import { templateDataHref } from '~/lib/report/address';
import { formatDate, formatPeriod } from '~/lib/format';
import { campaignPhase } from '~/lib/campaign';
import { siteNamesOf } from '~/lib/site-names';
import type { ReportTemplate } from '~/schemas/report-template';
import { siteConfig as defaultConfig } from '~/site.config';
import { htmlPages } from '../support/dist-files';
import { paragraphTexts, readDocx } from '../unit/helpers/docx-reader';
import { siteConfig as fixture } from './site.config';

const PROVINCE_DIST = 'tests/.output/province-dist';
if (!existsSync(join(PROVINCE_DIST, 'index.html')))
  throw new Error(`${PROVINCE_DIST} is missing: run \`npm run test:province\` (it builds it first)`);

/** What the default config names: none of it may appear where the code writes a name. */
const defaultNames = [
  ...Object.values(siteNamesOf(defaultConfig)),
  `Hướng dẫn số ${defaultConfig.guidance.number}`,
  ...(defaultConfig.publisher ? [defaultConfig.publisher] : []),
  ...(defaultConfig.context ? [defaultConfig.context.askNow, ...defaultConfig.context.changes.map((c) => c.text)] : []),
];
const namesIn = (text: string) => defaultNames.filter((name) => text.includes(name));

/** The text a reader sees: tags, scripts and styles gone, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const one = (html: string, pattern: RegExp, what: string): string => {
  const found = pattern.exec(html);
  if (!found) throw new Error(`no ${what}`);
  return found[0];
};
const header = (html: string) => textOf(one(html, /<header\b[\s\S]*?<\/header>/, 'header'));
const footer = (html: string) => textOf(one(html, /<footer\b[\s\S]*?<\/footer>/, 'footer'));
const title = (html: string) => textOf(one(html, /<title>[\s\S]*?<\/title>/, 'title'));
const notices = (html: string) =>
  [...html.matchAll(/<div[^>]*data-context-notice[^>]*>[\s\S]*?<\/div>/g)].map((m) => textOf(m[0]));

const pages = htmlPages(PROVINCE_DIST).filter((p) => p.path !== '/404');
const page = (path: string) => pages.find((p) => p.path === path)!.html;

describe('a second province: the site built with another site config', () => {
  it('builds every page', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('header, footer and title of every page name the fixture province, never the default one', () => {
    const wrong: string[] = [];
    for (const { path, html } of pages) {
      expect(header(html), path).toContain(fixture.siteName);
      const foot = footer(html);
      expect(foot, path).toContain(
        `“${fixture.campaignName}” năm ${fixture.context!.campaignYear} theo ${fixture.guidance.citation}`,
      );
      expect(foot, path).toContain(`Đây là kênh thông tin chính thức của ${fixture.publisher}.`);
      expect(foot, path).toContain(`cập nhật đến ngày ${formatDate(fixture.contentDate)}`);
      // "<page title> | <site name>": the page title is the content's; the rest is the code's.
      const t = title(html);
      const siteTitle = path === '/' ? t : t.slice(t.lastIndexOf(' | ') + 3);
      if (path !== '/') expect(siteTitle, path).toBe(fixture.siteName);
      for (const [where, text] of [
        ['header', header(html)],
        ['footer', foot],
        ['title', siteTitle],
      ] as const) {
        for (const name of namesIn(text)) wrong.push(`${path} ${where}: ${name}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(title(page('/'))).toBe(`${fixture.siteName}: ${fixture.campaignName}`);
    expect(textOf(one(page('/'), /<h1\b[\s\S]*?<\/h1>/, 'h1'))).toContain(fixture.campaignName);
  });

  it('the web app manifest carries the fixture names', () => {
    const manifest = JSON.parse(readFileSync(join(PROVINCE_DIST, 'manifest.webmanifest'), 'utf8')) as Record<
      string,
      string
    >;
    expect(manifest['short_name']).toBe(fixture.siteName);
    expect(manifest['name']).toContain(fixture.campaignName);
    expect(manifest['description']).toContain(fixture.campaignName);
    expect(namesIn(JSON.stringify(manifest))).toEqual([]);
  });

  it('the context notice tells the fixture’s changes and whom to ask, wherever a page names a former body', () => {
    const shown = pages.flatMap(({ path, html }) => notices(html).map((text) => ({ path, text })));
    expect(shown.length).toBeGreaterThan(0);
    for (const { path, text } of shown) {
      expect(text, path).toContain(`năm ${fixture.context!.campaignYear}`);
      expect(text, path).toContain(fixture.context!.changes[0]!.text);
      expect(text, path).toContain(`Nay đồng chí hỏi ${fixture.context!.askNow}.`);
      expect(namesIn(text), path).toEqual([]);
    }
  });

  describe('the campaign window: running in the fixture, ended in the default config', () => {
    const window = fixture.campaignWindow;
    const notice = (html: string) => /<div[^>]*data-campaign-window="([a-z]+)"[^>]*>([\s\S]*?)<\/div>/.exec(html);

    it('the fixture’s window runs on the build day, the default one ended in 2023', () => {
      expect(campaignPhase(window)).toBe('running');
      expect(campaignPhase(defaultConfig.campaignWindow)).toBe('ended');
    });

    it('the home page and every page about deadlines or handing in speak of the campaign as current, with its days', () => {
      for (const path of ['/', '/huong-dan/', '/bao-cao/', '/sinh-hoat/']) {
        const found = notice(page(path));
        expect(found?.[1], path).toBe('running');
        const said = textOf(found![2]!);
        expect(said, path).toContain('đang diễn ra');
        expect(said, path).toContain(
          `“${fixture.campaignName}” ở ${fixture.province} diễn ra ${formatPeriod(window.start, window.end, 'day')}`,
        );
        expect(said, path).not.toContain('đã kết thúc');
        expect(namesIn(said), path).toEqual([]);
      }
      const home = textOf(page('/'));
      expect(home).toContain('Bốn bước cho mỗi đảng viên');
      expect(home).toContain('Tải về và nộp chi bộ');
    });

    it('says nothing of another document with the same number, which the fixture does not configure', () => {
      expect(page('/huong-dan/')).not.toContain('data-same-number');
    });
  });

  describe('the report templates and the .docx', () => {
    // The form page names the templates; each one's data is its own file (templateDataHref).
    const list = one(
      page('/bao-cao/'),
      /<script type="application\/json" id="mau-bao-cao">[\s\S]*?<\/script>/,
      'template list',
    );
    const names = JSON.parse(list.replace(/^<script[^>]*>|<\/script>$/g, '')) as { id: string; title: string }[];
    const templates = names.map(
      ({ id }) => JSON.parse(readFileSync(join(PROVINCE_DIST, templateDataHref(id)), 'utf8')) as ReportTemplate,
    );

    it('templates shown and downloaded carry the fixture campaign, and no default name', () => {
      expect(templates.length).toBeGreaterThan(3);
      expect(namesIn(JSON.stringify([names, templates]))).toEqual([]);
      const programme = templates.find((t) => t.kind === 'session-programme')!;
      expect(programme.documentTitle.join(' ')).toContain(`“${fixture.campaignName}”`);
      // The blank printable forms on the page come from the same templates.
      expect(textOf(page('/bao-cao/'))).toContain(`Buổi sinh hoạt chuyên đề “${fixture.campaignName}”`);
    });

    it('each template’s .docx has the member’s own bodies in its header and no default name anywhere', async () => {
      const answers = {
        dangBo: 'Đảng bộ xã Mây Thượng',
        chiBo: 'Chi bộ thôn Suối Mây',
        diaDanh: 'Mây Thượng',
        ngayLap: '2024-10-05',
        hoTen: 'Phạm Thị Mây',
      };
      for (const template of templates) {
        const bytes = new Uint8Array(await Packer.toBuffer(createDocxDocument(buildDocument(template, answers))));
        const { document, files } = readDocx(bytes);
        const text = paragraphTexts(document);
        expect(text, template.id).toEqual(
          expect.arrayContaining([
            'ĐẢNG BỘ XÃ MÂY THƯỢNG',
            'CHI BỘ THÔN SUỐI MÂY',
            'Mây Thượng, ngày 05 tháng 10 năm 2024',
          ]),
        );
        if (template.kind !== 'self-review') expect(text.join(' '), template.id).toContain(fixture.campaignName);
        const everything = Object.values(files)
          .map((f) => new TextDecoder().decode(f))
          .join(' ');
        expect(namesIn(everything), template.id).toEqual([]);
      }
    });
  });
});
