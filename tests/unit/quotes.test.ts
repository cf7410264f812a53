/**
 * Every sentence in quotation marks on a content page must be words a source gave: a quotation of four words or
 * more is found word for word in a passage (or the title) of a source that page cites in src/content/sources/.
 * The site's own interface (button names, page titles, template titles, the names in the site config) is
 * recognised by a rule: the quotation is exactly a string of the site's own code or data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceRegistry } from '~/content.config';
import { siteConfig } from '~/site.config';
import { splitFrontmatter } from '../support/content-files';

const collections = ['faq', 'guidance', 'reference', 'session', 'videos'] as const;

/**
 * What "word for word" does not care about: case, spacing, the kind of quotation mark, a list number at the start,
 * and the old and new placement of the tone mark on oa, oe, uy ("uỷ" and "ủy" are the same word).
 */
export function fold(text: string): string {
  const tone: Record<string, string> = {
    uỳ: 'ùy',
    uý: 'úy',
    uỷ: 'ủy',
    uỹ: 'ũy',
    uỵ: 'ụy',
    oà: 'òa',
    oá: 'óa',
    oả: 'ỏa',
    oã: 'õa',
    oạ: 'ọa',
    oè: 'òe',
    oé: 'óe',
    oẻ: 'ỏe',
    oẽ: 'õe',
    oẹ: 'ọe',
  };
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[“”„‟"]/g, '"')
    .replace(/(uỳ|uý|uỷ|uỹ|uỵ|oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ)(?=\P{L}|$)/gu, (m) => tone[m]!)
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

/** The quotation's fragments around any ellipsis, each without the list number or stray punctuation at its ends. */
function fragments(quote: string): string[] {
  return fold(quote)
    .replace(/^\d+\.\s+/, '')
    .split(/…|\.\.\./)
    .map((f) => f.replace(/^[\s,;:]+|[\s,;:]+$/g, ''))
    .filter((f) => f.length > 0);
}

/** True when every fragment of the quotation is in the passage, in order. */
export function foundIn(quote: string, passage: string): boolean {
  const text = fold(passage).replace(/(^|\s)\d+\.\s+/g, '$1');
  let from = 0;
  for (const fragment of fragments(quote)) {
    const at = text.indexOf(fragment.replace(/(^|\s)\d+\.\s+/g, '$1'), from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

/** Quotations of four words or more in a page's own text: curly or straight double quotes. */
export function quotations(text: string): string[] {
  const plain = text
    .replace(/^import .+ from .+;$/gm, '')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^>\s?/gm, '');
  const found = [...plain.matchAll(/“([^”]+)”|"([^"\n]+)"/g)].map((m) => (m[1] ?? m[2])!.replace(/\s+/g, ' ').trim());
  return found.filter((q) => words(q) >= 4);
}

interface Page {
  path: string;
  cites: string[];
  text: string;
}

function pages(): Page[] {
  return collections.flatMap((name) => {
    const dir = join('src/content', name);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const path = join(dir, f);
        const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'), path);
        const cites = ((data.sources as { id?: string }[] | undefined) ?? []).map((s) => String(s.id));
        return { path, cites, text: [String(data.title), String(data.summary), body].join('\n\n') };
      });
  });
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, pattern);
    return pattern.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * The site's own words: text between tags and string literals in its code (components, layouts, pages, library),
 * every string of the report templates, every entry's title, and the names in the site config.
 */
export function siteOwnWords(): Set<string> {
  const own: string[] = [];
  for (const file of filesUnder('src', /\.(astro|tsx?|mjs)$/).filter((f) => !f.startsWith(join('src', 'content')))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/>([^<>{}]+)</g)) own.push(m[1]!);
    for (const m of code.matchAll(/'([^'\n]{3,})'|"([^"\n]{3,})"|`([^`$\n]{3,})`/g)) own.push((m[1] ?? m[2] ?? m[3])!);
  }
  for (const file of filesUnder('src/content/templates', /\.json$/))
    own.push(...stringsIn(JSON.parse(readFileSync(file, 'utf8'))));
  for (const page of pages()) own.push(page.text.split('\n\n')[0]!);
  own.push(...stringsIn(siteConfig));
  return new Set(own.map(fold).filter((s) => s.length > 0));
}

describe('quotations on content pages', () => {
  const own = siteOwnWords();
  const all = pages();

  it('each is found word for word in a passage of a source the page cites, or is the site’s own words', () => {
    const problems: string[] = [];
    for (const page of all) {
      const cited = page.cites.map((id) => sourceRegistry.get(id)).filter((s) => s !== undefined);
      const passages = cited.flatMap((s) => [...s.passages, s.title]);
      for (const quote of quotations(page.text)) {
        if (own.has(fold(quote))) continue;
        if (!passages.some((p) => foundIn(quote, p))) problems.push(`${page.path}: “${quote}”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check sees the quotations (it would prove nothing otherwise)', () => {
    const count = all.flatMap((p) => quotations(p.text)).length;
    expect(count).toBeGreaterThan(80);
  });
});

describe('the rule itself', () => {
  const passage =
    'Trong đó, một số tổ chức Đảng còn lúng túng trong việc thực hiện báo cáo kết quả tự rà soát, soi rọi, nhất là đối với đảng viên đi làm ăn xa';

  it('finds a quotation word for word, ignoring case, spacing and the tone-mark placement', () => {
    expect(foundIn('một số tổ chức Đảng còn lúng túng', passage)).toBe(true);
    expect(foundIn('Một  số tổ chức đảng còn lúng túng', passage)).toBe(true);
    expect(foundIn('chi uỷ họp thường lệ', 'Chi bộ, chi ủy họp thường lệ mỗi tháng một lần.')).toBe(true);
  });

  it('fails a changed word, and a cut that joins two pieces without an ellipsis', () => {
    expect(foundIn('nhiều tổ chức Đảng còn lúng túng', passage)).toBe(false);
    expect(foundIn('một số tổ chức Đảng còn lúng túng, nhất là đối với đảng viên', passage)).toBe(false);
    expect(foundIn('một số tổ chức Đảng còn lúng túng … nhất là đối với đảng viên', passage)).toBe(true);
  });

  it('finds quotations in curly and straight quotes, in block quotes, and leaves out markup and short phrases', () => {
    const text = [
      'Họ nói “một hai ba bốn”.',
      '> “năm sáu',
      '> bảy tám”',
      '<a title="không phải trích dẫn nào">x</a> "chín mười mười một mười hai"',
      '“hai từ”',
    ].join('\n');
    expect(quotations(text)).toEqual(['một hai ba bốn', 'năm sáu bảy tám', 'chín mười mười một mười hai']);
  });

  it('recognises the site’s own button names and page titles, and nothing else', () => {
    const own = siteOwnWords();
    expect(own.has(fold('Lưu một bản ra máy để phòng mất'))).toBe(true);
    expect(own.has(fold('Biên bản buổi sinh hoạt chuyên đề (dành cho thư ký)'))).toBe(true);
    expect(own.has(fold('đây là đợt sinh hoạt chính trị, không nặng về tổ chức kiểm điểm góp ý đảng viên'))).toBe(
      false,
    );
  });
});
