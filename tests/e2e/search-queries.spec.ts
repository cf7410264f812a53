/**
 * The query set: real queries, each with the page that must be among the first three results,
 * typed into /tim-kiem/ on the built site (the shipped index, folding and ranking).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

interface QueryCase {
  q: string;
  expect: string;
  kind: string;
}
const { queries } = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { queries: QueryCase[] };

test('the query set has at least 40 queries of every kind', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  // Whole questions in members' own words: without accents, with "ko"/"k", shorthand, a wrong tone mark.
  const whole = queries.filter((c) => c.kind === 'whole question').map((c) => c.q);
  expect(whole.length).toBeGreaterThanOrEqual(40);
  expect(whole.filter((q) => q === q.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')).length).toBeGreaterThanOrEqual(20);
  expect(whole.filter((q) => /(^| )(ko|k)( |$)/.test(q)).length).toBeGreaterThanOrEqual(5);
  const kinds = new Set(queries.map((c) => c.kind));
  for (const kind of ['accented', 'unaccented', 'đ/d', 'keyword', 'long question', 'one word', 'phrase', 'whole question']) {
    expect(kinds, kind).toContain(kind);
  }
});

test('every query finds its page in the top 3', async ({ page }) => {
  // 100+ queries, each a search through the page as a member runs it: minutes on a busy 2-core machine.
  test.setTimeout(400_000);
  await page.goto('/tim-kiem/');
  const input = page.locator('[data-search-page-input]');
  const misses: string[] = [];
  for (const c of queries) {
    await input.fill(c.q);
    await page.locator(`[data-search-root][data-search-done="${c.q.replace(/"/g, '\\"')}"]`).waitFor();
    const top = await page
      .locator('[data-search-list] [data-search-hit-link]')
      .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    if (!top.includes(c.expect)) misses.push(`${c.q} (${c.kind}): expected ${c.expect}, got ${top.join(', ') || 'nothing'}`);
  }
  expect(misses, `${misses.length} of ${queries.length} queries missed`).toEqual([]);
});
