/**
 * The header search box once the member starts using it: results appear under the box as
 * they type, Enter still submits to /tim-kiem/. Loaded by search-boot.ts on first focus.
 */
import { search, warmSearch } from './search-client';
import { arrowNavigation, guardComposition } from './keys';
import { countText, resultItem } from './render';

/** Results shown under the header box; the rest are one link away on /tim-kiem/. */
const PANEL_RESULTS = 5;
const DEBOUNCE_MS = 250;
/** Shorter queries match too much to be useful and cost downloads on a slow line. */
const MIN_CHARS = 2;

function searchPageUrl(form: HTMLFormElement, query: string): string {
  const url = new URL(form.action, location.href);
  url.search = new URLSearchParams({ q: query }).toString();
  return url.pathname + url.search;
}

/** Wires the results panel to the header box. Safe to call once per input. */
export function attachSearchBox(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.dataset['searchReady']) return;
  input.dataset['searchReady'] = '1';
  input.autocomplete = 'off';
  guardComposition(input);

  // The live region exists before the first search so screen readers announce the count.
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(status);

  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.setAttribute('data-search-panel', '');
  panel.id = `${input.id || 'search'}-panel`;
  panel.hidden = true;
  panel.tabIndex = -1;
  const summary = document.createElement('p');
  summary.className = 'search-panel__summary';
  summary.setAttribute('data-search-summary', '');
  const list = document.createElement('ul');
  list.className = 'search-panel__list';
  const footer = document.createElement('p');
  footer.className = 'search-panel__footer';
  panel.append(summary, list, footer);
  // Inside the form so it is positioned under the box and counts as "inside" for focus.
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Set by Escape: the panel stays closed until the member types again.
  let dismissed = false;

  const close = () => {
    panel.hidden = true;
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (query.length < MIN_CHARS) {
      close();
      status.textContent = '';
      return;
    }
    try {
      // The panel re-ranks only what it shows: on a first query every result page is a download.
      const outcome = await search(input.value, { first: PANEL_RESULTS, typing: true, rerankExtra: 0 }, 'header');
      if (mine !== seq) return;
      list.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, true)));
      summary.textContent = countText(outcome.total, query, outcome.complete);
      const all = document.createElement('a');
      all.href = searchPageUrl(form, query);
      if (outcome.total > PANEL_RESULTS) {
        all.textContent = `Xem tất cả ${outcome.total} kết quả`;
        footer.replaceChildren(all);
      } else if (outcome.total === 0) {
        const faq = document.createElement('a');
        faq.href = `${import.meta.env.BASE_URL}hoi-dap/`;
        faq.textContent = 'danh sách câu hỏi thường gặp';
        const form = document.createElement('a');
        form.href = `${import.meta.env.BASE_URL}bao-cao/`;
        form.textContent = 'soạn báo cáo';
        footer.replaceChildren('Thử gõ ít từ hơn, xem ', faq, ', hoặc ', form, '.');
      } else footer.replaceChildren();
      status.textContent = summary.textContent;
      panel.hidden = false;
    } catch {
      if (mine !== seq) return;
      list.replaceChildren();
      footer.replaceChildren();
      summary.textContent = 'Chưa tải được công cụ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại, hoặc bấm Tìm.';
      status.textContent = summary.textContent;
      panel.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    dismissed = false;
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  // Coming back to the box shows the last results again, unless Escape closed them.
  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() && panel.hidden && list.childElementCount) panel.hidden = false;
  });

  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    e.preventDefault();
    dismissed = true;
    close();
    input.focus();
  };
  input.addEventListener('keydown', onEscape);
  panel.addEventListener('keydown', onEscape);

  // Leaving the box and its panel (by Tab or by tapping elsewhere) closes the panel.
  const inside = (node: EventTarget | null) => node instanceof Node && (form.contains(node) || panel.contains(node));
  form.addEventListener('focusout', (e) => {
    if (!inside(e.relatedTarget)) close();
  });
  panel.addEventListener('focusout', (e) => {
    if (!inside(e.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (e) => {
    if (!inside(e.target)) close();
  });

  arrowNavigation(input, panel);
  // The member focused the box: start the search worker and fetch Pagefind now, while they type
  // (errors show on search).
  warmSearch();
  if (input.value.trim()) void run();
}
