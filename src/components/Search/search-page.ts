/**
 * /tim-kiem/: reads ?q= (and ?loai=) on load, searches as the member types, filters by content
 * type and keeps the URL shareable. The page's HTML works without this script: the form
 * submits here and the page lists the FAQ and guidance indexes.
 */
import type { SearchOutcome } from '~/lib/search/engine';
import { search } from './search-client';
import { arrowNavigation, guardComposition } from './keys';
import { countText, resultItem } from './render';
import { HEADER_BOX } from '~/lib/search/types';
import { searchTypes } from '~/lib/sections';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

/** Wires the search page. */
export function initSearchPage(root: HTMLElement): void {
  const form = need<HTMLFormElement>(root, '[data-search-page]');
  const input = need<HTMLInputElement>(form, '[data-search-page-input]');
  const filter = need<HTMLFieldSetElement>(form, '[data-search-filter]');
  const status = need<HTMLElement>(root, '[data-search-status]');
  const results = need<HTMLElement>(root, '[data-search-results]');
  const list = need<HTMLOListElement>(results, '[data-search-list]');
  const moreButton = need<HTMLButtonElement>(results, '[data-search-more]');
  const empty = need<HTMLElement>(root, '[data-search-empty]');
  const emptyFilter = need<HTMLElement>(empty, '[data-search-empty-filter]');
  const emptyQuotes = need<HTMLElement>(empty, '[data-search-empty-quotes]');
  const headerBox = document.querySelector<HTMLInputElement>(HEADER_BOX);

  guardComposition(input);
  filter.hidden = false;
  const radios = [...filter.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const chosenSlug = () => radios.find((r) => r.checked)?.value ?? '';
  const labelOf = (slug: string) => searchTypes.find((t) => t.slug === slug)?.label;

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: SearchOutcome | undefined;
  let shown = 0;

  const syncUrl = (query: string, slug: string) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (slug) params.set('loai', slug);
    const qs = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
  };

  const showCounts = (counts: Record<string, number>) => {
    for (const radio of radios) {
      const slot = radio.parentElement?.querySelector('[data-count]');
      if (!slot) continue;
      const n = radio.value
        ? (counts[labelOf(radio.value) ?? ''] ?? 0)
        : Object.values(counts).reduce((a, b) => a + b, 0);
      slot.textContent = `(${n})`;
    }
  };

  const updateMore = () => {
    moreButton.hidden = !current || shown >= current.total;
  };

  /** `typing`: started by a keystroke, so the last word may be unfinished (see engine.search). */
  const run = async (typing: boolean) => {
    const query = input.value.trim();
    const slug = chosenSlug();
    const type = labelOf(slug);
    syncUrl(query, slug);
    if (headerBox) headerBox.value = query;
    const mine = ++seq;
    delete root.dataset['searchDone'];
    results.setAttribute('aria-busy', 'true');
    if (!query) {
      current = undefined;
      results.hidden = true;
      empty.hidden = true;
      status.textContent = '';
      for (const radio of radios) radio.parentElement?.querySelector('[data-count]')?.replaceChildren();
      results.removeAttribute('aria-busy');
      return;
    }
    status.textContent = 'Đang tìm…';
    try {
      const outcome = await search(input.value, { type, first: PAGE_SIZE, typing, counts: true }, 'page');
      if (mine !== seq) return;
      current = outcome;
      shown = outcome.hits.length;
      list.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, false)));
      showCounts(outcome.typeCounts);
      results.hidden = outcome.total === 0;
      empty.hidden = outcome.total > 0;
      emptyFilter.hidden = !type;
      emptyQuotes.hidden = !/["“”]/.test(query);
      status.textContent =
        countText(outcome.total, query, outcome.complete) + (type && outcome.total ? ` Đang xem mục ${type}.` : '');
      results.toggleAttribute('data-search-partial', !outcome.complete);
      updateMore();
      results.removeAttribute('aria-busy');
      // Lets tests and the benchmark wait for this exact query's results.
      root.dataset['searchDone'] = query;
    } catch {
      if (mine !== seq) return;
      results.hidden = true;
      empty.hidden = true;
      status.textContent =
        'Chưa tải được công cụ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại, hoặc xem theo mục ở dưới.';
      results.removeAttribute('aria-busy');
    }
  };

  // Last search mode, reused when only the filter changes.
  let lastTyping = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run((lastTyping = false));
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run((lastTyping = true)), DEBOUNCE_MS);
  });
  filter.addEventListener('change', () => void run(lastTyping));
  need<HTMLButtonElement>(emptyFilter, 'button').addEventListener('click', () => {
    radios[0]!.checked = true;
    void run(lastTyping);
  });
  moreButton.addEventListener('click', async () => {
    if (!current) return;
    const mine = seq;
    const next = await current.more(PAGE_SIZE);
    if (mine !== seq || !next.length) return;
    const items = next.map((hit) => resultItem(hit, false));
    list.append(...items);
    shown += next.length;
    updateMore();
    items[0]?.querySelector('a')?.focus();
  });
  arrowNavigation(input, results);

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const slug = params.get('loai') ?? '';
  for (const radio of radios) radio.checked = radio.value === slug;
  if (!radios.some((r) => r.checked)) radios[0]!.checked = true;
  void run(false);
}
