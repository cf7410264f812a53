/**
 * The search logic on a small fake Pagefind: question words left out, the partial-match fallback
 * (never a dead end), FAQ answers first. The fake behaves like Pagefind where it matters here:
 * every word must be on a page, except words the index does not hold at all, which it ignores.
 */
import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindData, PagefindResults } from './engine';
import { runSearch } from './engine';
import { markedTerms } from './hits';
import { foldWord, foldWords } from './normalize';

interface FakePage {
  url: string;
  title: string;
  type: string;
  text: string;
  keywords?: string;
  answer?: string;
}

function fakePagefind(pages: FakePage[]): PagefindApi & { terms: string[] } {
  const words = (p: FakePage) => foldWords(`${p.title} ${p.text} ${p.keywords ?? ''}`);
  const known = new Set(pages.flatMap(words));
  const terms: string[] = [];
  return {
    terms,
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => ({}),
    async search(term, options) {
      if (term !== null) terms.push(term);
      const phrase = term === null ? undefined : /^"(.*)"$/.exec(term)?.[1];
      const wanted = term === null ? [] : foldWords(phrase ?? term).filter((w) => known.has(w));
      const type = options?.filters?.['type'];
      const hits = pages
        .map((p, i) => ({ p, i, w: words(p) }))
        .filter(
          ({ p, w }) =>
            (!type || p.type === type) && (term === null || (wanted.length > 0 && wanted.every((x) => w.includes(x)))),
        )
        .filter(({ w }) => !phrase || w.join(' ').includes(wanted.join(' ')))
        .map(({ p, i, w }) => ({
          id: String(i),
          score:
            wanted.reduce((n, x) => n + w.filter((y) => y === x).length, 0) +
            5 * wanted.filter((x) => foldWords(p.title).includes(x)).length,
          data: async (): Promise<PagefindData> => ({
            url: p.url,
            content: p.text,
            excerpt: p.text.slice(0, 40),
            meta: { title: p.title, keywords: p.keywords, answer: p.answer },
            filters: { type: [p.type] },
            sub_results: [],
          }),
        }))
        .sort((a, b) => b.score - a.score);
      const counts: Record<string, number> = {};
      for (const p of pages) counts[p.type] = (counts[p.type] ?? 0) + 1;
      return { results: hits, totalFilters: { type: counts } } satisfies PagefindResults;
    },
  };
}

const site: FakePage[] = [
  {
    url: '/hoi-dap/tuoi-cao/',
    title: 'Tôi tuổi cao, sức khỏe yếu. Tôi có phải viết báo cáo không?',
    type: 'Hỏi đáp',
    text: 'Đồng chí vẫn tham gia nếu còn sinh hoạt.',
    keywords: 'người già · già yếu',
    answer: 'Nếu còn sinh hoạt chi bộ, đồng chí vẫn tham gia đợt này.',
  },
  {
    url: '/huong-dan/',
    title: 'Hướng dẫn đợt sinh hoạt',
    type: 'Hướng dẫn',
    text: 'Mỗi đảng viên viết báo cáo. Viết báo cáo ngắn. Báo cáo nộp chi bộ. Đảng viên già yếu được sắp xếp.',
  },
  {
    url: '/hoi-dap/lam-an-xa/',
    title: 'Tôi đi làm ăn xa',
    type: 'Hỏi đáp',
    text: 'Báo cho bí thư chi bộ.',
    answer: 'Hãy báo sớm cho bí thư chi bộ.',
  },
];

const urls = (hits: { url: string }[]) => hits.map((h) => h.url.split('?')[0]);

describe('runSearch', () => {
  it('leaves out the question words and searches the topic', async () => {
    const pf = fakePagefind(site);
    const out = await runSearch(pf, 'toi gia yeu co phai viet bao cao ko', { first: 5, typing: false });
    expect(out.searched).toBe('gia yeu viet bao cao');
    expect(pf.terms[0]).not.toMatch(/\b(toi|co|phai|ko)\u02bc/);
    expect(out.complete).toBe(true);
    // The result links mark the topic words on the page, not "có" and "không".
    expect(decodeURIComponent(out.hits[0]!.url)).not.toMatch(/tu-khoa=.*\b(toi|co|phai|ko)\b/);
  });

  it('marks what was asked: a common word only beside one that is not, runs apart where a question word was', () => {
    const common = new Set(['bao\u02bc', 'cao\u02bc', 'dang\u02bc', 'viet\u02bc']);
    expect(
      markedTerms(
        [
          ['dang', 'viet', 'bao', 'cao'],
          ['tuoi', 'cao'],
        ],
        common,
      ),
    ).toBe('tuoi cao');
    expect(markedTerms([['bao', 'cao', 'de', 'dan']], common)).toBe('cao de dan');
    expect(markedTerms([['lam', 'an', 'xa']], new Set())).toBe('lam an xa');
    expect(markedTerms([['bao', 'cao']], common)).toBe('');
  });

  it('puts the FAQ entry whose question matches first, with its answer, above a page that repeats the words', async () => {
    const out = await runSearch(fakePagefind(site), 'gia yeu viet bao cao', { first: 5, typing: false });
    expect(urls(out.hits)).toEqual(['/hoi-dap/tuoi-cao/', '/huong-dan/']);
    expect(out.hits[0]!.answer).toBe('Nếu còn sinh hoạt chi bộ, đồng chí vẫn tham gia đợt này.');
    expect(out.hits[1]!.answer).toBeUndefined();
  });

  it('a long question: the entry that answers it, lacking one incidental word, outranks a page holding every word', async () => {
    // /huong-dan/ holds all six words ("ngắn" too); the entry lacks "ngắn" but its question and keywords hold the rest.
    const out = await runSearch(fakePagefind(site), 'gia yeu viet bao cao ngan', { first: 5, typing: false });
    expect(out.complete).toBe(true);
    expect(urls(out.hits).slice(0, 2)).toEqual(['/hoi-dap/tuoi-cao/', '/huong-dan/']);
    expect(out.hits[0]!.answer).toBe('Nếu còn sinh hoạt chi bộ, đồng chí vẫn tham gia đợt này.');
  });

  it('never a dead end: when no page holds every word, the pages holding most of them, most first', async () => {
    const out = await runSearch(fakePagefind(site), 'bí thư chi bộ viết báo cáo', {
      first: 5,
      typing: false,
      counts: true,
    });
    expect(out.complete).toBe(false);
    // /huong-dan/ holds "chi bộ viết báo cáo" (5 of 6 words), the làm ăn xa entry "bí thư chi bộ" (3 of 6).
    expect(urls(out.hits).slice(0, 2)).toEqual(['/huong-dan/', '/hoi-dap/lam-an-xa/']);
    expect(out.total).toBe(3);
    // The filter counts are the pages shown, per type.
    expect(out.typeCounts).toEqual({ 'Hỏi đáp': 2, 'Hướng dẫn': 1 });
    // Narrowed to one type, the other types keep their counts.
    const faq = await runSearch(fakePagefind(site), 'bí thư chi bộ viết báo cáo', {
      first: 5,
      typing: false,
      counts: true,
      type: 'Hỏi đáp',
    });
    expect(urls(faq.hits).sort()).toEqual(['/hoi-dap/lam-an-xa/', '/hoi-dap/tuoi-cao/']);
    expect(faq.typeCounts).toEqual({ 'Hỏi đáp': 2, 'Hướng dẫn': 1 });
  });

  it('a word the index does not hold makes the match partial, not silently ignored', async () => {
    const out = await runSearch(fakePagefind(site), 'iphone viet bao cao', { first: 5, typing: false });
    expect(out.complete).toBe(false);
    // The two pages holding “viet bao cao” first, then the one holding only “bao”.
    expect(urls(out.hits).slice(0, 2).sort()).toEqual(['/hoi-dap/tuoi-cao/', '/huong-dan/']);
    expect(urls(out.hits)[2]).toBe('/hoi-dap/lam-an-xa/');
  });

  it('finds nothing only when no word matches at all', async () => {
    const out = await runSearch(fakePagefind(site), 'qwxz zzkq', { first: 5, typing: false });
    expect(out.total).toBe(0);
    expect(out.hits).toEqual([]);
  });

  it('keeps the question words when they are all there is', async () => {
    const pf = fakePagefind(site);
    const out = await runSearch(pf, 'có phải không', { first: 5, typing: false });
    expect(out.searched).toBe('có phải không');
    expect(foldWords(pf.terms[0]!)).toEqual(['co', 'phai', 'khong'].map(foldWord));
  });

  it('narrows to a content type and loads more hits in order', async () => {
    const pf = fakePagefind(site);
    const out = await runSearch(pf, 'tôi', { first: 1, typing: false, type: 'Hỏi đáp' });
    expect(out.total).toBe(2);
    expect(out.hits).toHaveLength(1);
    const more = await out.more(5);
    expect(urls([...out.hits, ...more]).sort()).toEqual(['/hoi-dap/lam-an-xa/', '/hoi-dap/tuoi-cao/']);
  });
});
