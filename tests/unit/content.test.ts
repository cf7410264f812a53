/**
 * Checks over the hand-written content in src/content/, read from disk and validated with the
 * collection schemas themselves: counts, required topics, sources, wording rules, NFC, cross-links.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections, faqTopics, referenceCategories, sessionPhases, sourceRegistry } from '~/content.config';
import { siteConfig } from '~/site.config';
import {
  collectionNames,
  idsInBody,
  internalLinks,
  readCollection,
  splitFrontmatter,
  type ContentFile,
} from '../support/content-files';

const files = Object.fromEntries(collectionNames.map((name) => [name, readCollection(name)])) as Record<
  (typeof collectionNames)[number],
  ContentFile[]
>;
const all = collectionNames.flatMap((name) => files[name]);
const ids = (name: keyof typeof files) => new Set(files[name].map((f) => f.id));
/** Entries of a collection the checks above leave out (videos), read the same way. */
function readCollectionFiles(name: string): { data: Record<string, unknown> }[] {
  const dir = join('src/content', name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => splitFrontmatter(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}
/** An MDX body without its ESM import lines (the statement components are imported at the top). */
const withoutImports = (body: string) => body.replace(/^import .+ from '.+';\n/gm, '');

/** Parsed data of every entry, through the real schema (defaults applied). */
function parsed(name: keyof typeof files) {
  // Each collection has fields of its own; the tests read them by name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const schema = collections[name].schema as unknown as { parse: (d: unknown) => Record<string, any> };
  return files[name].map((f) => ({ ...f, parsed: schema.parse(f.data) }));
}

/** Routes that exist as an index.astro under src/pages/, e.g. "/hoi-dap/". */
function staticRoutes(dir = 'src/pages'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return staticRoutes(full);
    if (entry.name !== 'index.astro') return [];
    const route = relative('src/pages', dir).split(sep).join('/');
    return [route ? `/${route}/` : '/'];
  });
}

describe('every entry matches its collection schema', () => {
  for (const name of collectionNames) {
    it(`${name}: frontmatter parses`, () => {
      const schema = collections[name].schema as unknown as {
        safeParse: (d: unknown) => { success: boolean; error?: unknown };
      };
      const failures = files[name]
        .map((f) => ({ path: f.path, result: schema.safeParse(f.data) }))
        .filter((r) => !r.result.success)
        .map((r) => `${r.path}: ${String(r.result.error)}`);
      expect(failures).toEqual([]);
    });
  }

  it('file names are kebab-case without diacritics', () => {
    expect(all.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.id)).map((f) => f.path)).toEqual([]);
  });
});

describe('counts and required topics', () => {
  it('has at least 15 FAQ entries, every topic filled, about five featured', () => {
    const faq = parsed('faq');
    expect(faq.length).toBeGreaterThanOrEqual(15);
    for (const topic of Object.keys(faqTopics))
      expect(faq.filter((f) => f.parsed.topic === topic).length, topic).toBeGreaterThan(0);
    const featured = faq.filter((f) => f.parsed.featured).length;
    expect(featured).toBeGreaterThanOrEqual(4);
    expect(featured).toBeLessThanOrEqual(6);
  });

  it('answers every case the campaign reported as a sticking point', () => {
    const required = [
      'dang-vien-di-lam-an-xa',
      'dang-vien-tuoi-cao-suc-khoe-yeu',
      'nho-nguoi-viet-giup',
      'chi-bo-dong-dang-vien',
      'chu-tri-co-phai-ket-luan-tung-dang-vien',
      'cong-nhan-it-thoi-gian',
      'dang-vien-huu-tri',
      'dang-vien-doanh-nghiep-ngoai-nha-nuoc',
      'dang-vien-lao-dong-tu-do',
      'bao-cao-gom-nhung-gi',
      'khac-ban-kiem-diem-cuoi-nam',
      'lien-he-dieu-2-dieu-le',
      'loi-hua-khi-nhan-chuc-vu',
      'cac-buoc-buoi-sinh-hoat',
      'bao-cao-ket-qua-len-cap-tren',
      'cach-dung-mau-bao-cao',
      'ban-nhap-luu-o-dau',
    ];
    const have = ids('faq');
    expect(required.filter((id) => !have.has(id))).toEqual([]);
  });

  it('carries the keywords people use for the hardest cases', () => {
    const keywords = (id: string) => (files.faq.find((f) => f.id === id)?.data.keywords as string[] | undefined) ?? [];
    expect(keywords('dang-vien-di-lam-an-xa')).toEqual(expect.arrayContaining(['đi làm xa', 'xuất khẩu lao động']));
    expect(keywords('dang-vien-tuoi-cao-suc-khoe-yeu')).toEqual(expect.arrayContaining(['người già', 'ốm đau']));
  });

  it('states the rules each hard case rests on, and what is not settled', () => {
    const body = (id: string) => files.faq.find((f) => f.id === id)?.body ?? '';
    expect(body('dang-vien-di-lam-an-xa')).toMatch(/01-HD\/TW/);
    expect(body('dang-vien-di-lam-an-xa')).toMatch(/tạm miễn sinh hoạt/);
    expect(body('dang-vien-di-lam-an-xa')).toMatch(/chuyển sinh hoạt đảng tạm thời/);
    expect(body('dang-vien-tuoi-cao-suc-khoe-yeu')).toMatch(/24-QĐ\/TW/);
    expect(body('dang-vien-tuoi-cao-suc-khoe-yeu')).toMatch(/12-HD\/BTCTW/);
    expect(body('chi-bo-dong-dang-vien')).toMatch(/Điều 24 khoản 1/);
    expect(body('chu-tri-co-phai-ket-luan-tung-dang-vien')).toMatch(/Chưa tìm thấy quy định nào buộc/);
  });

  it('has the guidance summary sections, all of kind tom-tat, with unique order', () => {
    const guidance = parsed('guidance');
    expect(guidance.length).toBeGreaterThanOrEqual(6);
    for (const id of [
      'day-la-ban-tom-tat',
      'muc-dich',
      'ai-lam-gi',
      'tai-lieu-tinh-cung-cap',
      'moc-thoi-gian',
      'tinh-than-chi-dao',
    ]) {
      expect(ids('guidance').has(id), id).toBe(true);
    }
    expect(new Set(guidance.map((g) => g.parsed.order)).size).toBe(guidance.length);
    // Only an editor holding the official text may add a toan-van entry; none may be invented here.
    expect(guidance.filter((g) => g.parsed.kind === 'toan-van')).toEqual([]);
    const intro = files.guidance.find((g) => g.id === 'day-la-ban-tom-tat')!.body;
    expect(intro).toMatch(/Toàn văn Hướng dẫn 06 chưa có trên trang này/);
    expect(intro).toMatch(/hỏi bí thư chi bộ/);
  });

  it('every toan-van entry, if any, names an existing summary section', () => {
    const sections = ids('guidance');
    const orphans = parsed('guidance').filter(
      (g) => g.parsed.kind === 'toan-van' && !sections.has(g.parsed.summarySection),
    );
    expect(orphans.map((g) => g.path)).toEqual([]);
  });

  it('has session steps in every phase, with unique order', () => {
    const steps = parsed('session');
    for (const phase of Object.keys(sessionPhases))
      expect(steps.filter((s) => s.parsed.phase === phase).length, phase).toBeGreaterThanOrEqual(2);
    expect(new Set(steps.map((s) => s.parsed.order)).size).toBe(steps.length);
  });

  it('has the reference documents the issue asks for, in every category', () => {
    const refs = parsed('reference');
    for (const category of Object.keys(referenceCategories))
      expect(refs.filter((r) => r.parsed.category === category).length, category).toBeGreaterThan(0);
    for (const id of [
      'dieu-2-dieu-le-dang',
      'dieu-3-dieu-le-dang',
      'loi-tuyen-the-ket-nap-dang',
      'quy-dinh-37-qd-tw',
      'quy-dinh-08-qdi-tw',
      'huong-dan-36-hd-vptw',
      'thuat-ngu',
    ]) {
      expect(ids('reference').has(id), id).toBe(true);
    }
    const dieu2 = files.reference.find((r) => r.id === 'dieu-2-dieu-le-dang')!.body;
    // The four duties as Báo Long An quotes the oath (facts §2.1), cited and attributed; khoản 2–4 never as the Charter's own text.
    expect(files.reference.find((r) => r.id === 'dieu-2-dieu-le-dang')!.data.sources).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'bao-long-an-loi-tuyen-the' })]),
    );
    expect(dieu2).toMatch(/Báo Long An dẫn/);
    expect(dieu2).toContain('chăm lo đời sống vật chất, tinh thần và bảo vệ quyền lợi chính đáng của nhân dân');
    expect(dieu2).toMatch(/chưa đối chiếu với bản in chính thức/);
  });

  it('the glossary has an anchor for every core term', () => {
    const terms = idsInBody(files.reference.find((r) => r.id === 'thuat-ngu')!.body);
    expect(terms).toEqual(
      expect.arrayContaining([
        'chi-bo',
        'to-dang',
        'cap-uy',
        'tu-soi-tu-sua',
        'sinh-hoat-chuyen-de',
        'mien-sinh-hoat',
        'tam-mien-sinh-hoat',
      ]),
    );
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('sources', () => {
  const registryDir = 'src/content/sources';
  const registryIds = new Set(
    readdirSync(registryDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, '')),
  );

  it('every entry cites at least one source of the registry, by an id it holds, each once', () => {
    const problems: string[] = [];
    for (const f of all) {
      const cites = f.data.sources as { id?: unknown }[] | undefined;
      if (!Array.isArray(cites) || cites.length === 0) problems.push(`${f.path}: no sources`);
      const ids = (cites ?? []).map((c) => String(c.id));
      for (const id of ids) if (!registryIds.has(id)) problems.push(`${f.path}: unknown source id ${id}`);
      if (new Set(ids).size !== ids.length) problems.push(`${f.path}: the same source twice`);
    }
    expect(problems).toEqual([]);
  });

  it('every registry entry is well formed, has a unique address, and is cited by some page', () => {
    const problems: string[] = [];
    const urls = new Map<string, string>();
    const cited = new Set(
      [...all, ...readCollectionFiles('videos')].flatMap((f) =>
        ((f.data.sources as { id: string }[] | undefined) ?? []).map((c) => c.id),
      ),
    );
    // A rule's replacements and the site config's window and same-number documents cite sources too, shown on pages.
    for (const f of files.reference) {
      for (const r of (f.data.validity as { replacedBy?: { source: string }[] } | undefined)?.replacedBy ?? [])
        cited.add(r.source);
    }
    cited.add(siteConfig.campaignWindow.source);
    for (const doc of siteConfig.guidance.sameNumberAs) cited.add(doc.source);
    for (const id of registryIds) {
      const path = `${registryDir}/${id}.json`;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${path}: file name is not kebab-case ASCII`);
      const entry = sourceRegistry.get(id);
      if (!entry) {
        problems.push(`${path}: not in the registry`);
        continue;
      }
      if (entry.title.trim() !== entry.title) problems.push(`${path}: title has spaces at its ends`);
      if (entry.url !== undefined) {
        const url = URL.canParse(entry.url) ? new URL(entry.url) : undefined;
        if (!url || !/^https?:$/.test(url.protocol) || /\s/.test(entry.url))
          problems.push(`${path}: bad url ${entry.url}`);
        if (urls.has(entry.url)) problems.push(`${path}: same address as ${urls.get(entry.url)}`);
        urls.set(entry.url, id);
      }
      if (!cited.has(id)) problems.push(`${path}: cited by no page`);
    }
    expect(problems).toEqual([]);
    expect(registryIds.size).toBeGreaterThan(40);
  });
});

describe('wording', () => {
  it('no placeholder text anywhere', () => {
    const placeholder = /\b(TODO|TBD|FIXME|XXX+|lorem|ipsum)\b|đang cập nhật|đang được biên soạn|\?\?\?/i;
    expect(all.filter((f) => placeholder.test(f.raw)).map((f) => f.path)).toEqual([]);
  });

  it('all text is Unicode NFC', () => {
    expect(all.filter((f) => f.raw !== f.raw.normalize('NFC')).map((f) => f.path)).toEqual([]);
  });

  it('every summary is one sentence', () => {
    const twoSentences = /[.!?]\s+\p{Lu}/u;
    expect(all.filter((f) => twoSentences.test(String(f.data.summary))).map((f) => f.path)).toEqual([]);
  });

  it('FAQ headings are questions and the answer comes before any heading', () => {
    for (const f of files.faq) {
      expect(String(f.data.title), f.path).toMatch(/\?$/);
      const firstBlock =
        withoutImports(f.body)
          .trim()
          .split(/\n\s*\n/)[0] ?? '';
      expect(firstBlock, f.path).not.toMatch(/^#/);
      expect(firstBlock.length, f.path).toBeGreaterThan(40);
    }
  });

  it('FAQ answers about rules and the session say who decides', () => {
    const needWhoDecides = files.faq.filter((f) => f.data.topic !== 'dung-trang-nay');
    expect(needWhoDecides.filter((f) => !/^## Ai quyết định$/m.test(f.body)).map((f) => f.path)).toEqual([]);
  });

  it('the text speaks to the member as "đồng chí", never as "bạn"', () => {
    expect(
      all.filter((f) => /(?<![\p{L}])bạn(?![\p{L}])/iu.test(f.body + String(f.data.summary))).map((f) => f.path),
    ).toEqual([]);
  });
});

describe('links between entries', () => {
  it('every related id is another existing FAQ entry', () => {
    const faqIds = ids('faq');
    const broken = parsed('faq').flatMap((f) =>
      (f.parsed.related as string[]).filter((id) => id === f.id || !faqIds.has(id)).map((id) => `${f.path} → ${id}`),
    );
    expect(broken).toEqual([]);
  });

  it('every internal link in MDX points to an existing route and anchor', () => {
    const glossary = files.reference.find((r) => r.id === 'thuat-ngu');
    const anchors: Record<string, Set<string>> = {
      '/huong-dan/': ids('guidance'),
      '/sinh-hoat/': ids('session'),
      '/tai-lieu/thuat-ngu/': new Set(glossary ? idsInBody(glossary.body) : []),
    };
    const routes = new Set([
      ...staticRoutes(),
      ...[...ids('faq')].map((id) => `/hoi-dap/${id}/`),
      ...[...ids('reference')].map((id) => `/tai-lieu/${id}/`),
    ]);
    const broken: string[] = [];
    for (const f of all) {
      for (const link of internalLinks(f.body)) {
        const [path = '', hash] = link.split('#');
        if (!routes.has(path)) broken.push(`${f.path}: ${link} (no such route)`);
        else if (hash !== undefined && !anchors[path]?.has(hash)) broken.push(`${f.path}: ${link} (no such anchor)`);
      }
    }
    for (const f of all) {
      const own = new Set(idsInBody(f.body));
      for (const m of f.body.matchAll(/\]\(#([^)\s]+)\)/g))
        if (!own.has(m[1]!)) broken.push(`${f.path}: #${m[1]} (no such anchor on the page)`);
    }
    expect(broken).toEqual([]);
    // The check itself must see links, or it proves nothing.
    expect(all.flatMap((f) => internalLinks(f.body)).length).toBeGreaterThan(50);
  });
});
