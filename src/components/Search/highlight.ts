/**
 * Marks the searched words on a page opened from a search result (`?tu-khoa=…`).
 * Loaded by search-boot.ts only when that parameter is present.
 */
import { foldWord, prepareQuery } from '~/lib/search/normalize';
import { HEADER_BOX, HIGHLIGHT_PARAM } from '~/lib/search/types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'MARK', 'BUTTON']);

/** A word with its tone and vowel marks but "đ" as "d", lower case, letters and digits only. */
const accentForm = (s: string) => prepareQuery(s).replace(/[^\p{L}\p{M}\p{N}]+/gu, '');

/** Decides which words of the page count as searched words. */
export function wordMatcher(query: string): ((word: string) => boolean) | undefined {
  // Typed without any marks, a word matches all its accented forms ("an" marks "ăn" and "ân");
  // once the member types marks, words match only as typed ("làm ăn xa" does not mark "xã").
  const words = prepareQuery(query)
    .replace(/"/g, ' ')
    .split(' ')
    .filter((w) => foldWord(w));
  if (!words.length) return undefined;
  const withMarks = words.some((w) => accentForm(w) !== foldWord(w));
  const form = withMarks ? accentForm : foldWord;
  const wanted = new Set(words.map(form));
  return (word) => wanted.has(form(word));
}

/** Splits the parameter into its runs (", " between them, see markedTerms in src/lib/search/hits.ts). */
const runsOf = (query: string) =>
  query
    .split(',')
    .map((r) =>
      prepareQuery(r)
        .replace(/"/g, ' ')
        .split(' ')
        .filter((w) => foldWord(w)),
    )
    .filter((r) => r.length);

/**
 * Decides which words of a run of page text to mark: a run of the parameter marks its words only where they
 * stand side by side on the page, as they were asked ("làm ăn xa", not every "ăn"); a run of one word marks
 * that word wherever it is.
 */
export function runMarker(query: string): ((words: readonly string[]) => boolean[]) | undefined {
  const runs = runsOf(query);
  const matches = wordMatcher(runs.flat().join(' '));
  if (!matches) return undefined;
  const same = (word: string, wanted: string) => matches(word) && wordMatcher(wanted)!(word);
  return (words) => {
    const marked = words.map(() => false);
    words.forEach((w, k) => {
      for (const run of runs) {
        if (run.length === 1 && same(w, run[0]!)) marked[k] = true;
        const next = words[k + 1];
        for (let j = 0; next !== undefined && j + 1 < run.length; j++) {
          if (same(w, run[j]!) && same(next, run[j + 1]!)) marked[k] = marked[k + 1] = true;
        }
      }
    });
    return marked;
  };
}

/** Wraps the searched words (see {@link runMarker}) in <mark class="search-mark">. */
function highlight(root: HTMLElement, query: string): number {
  const marker = runMarker(query);
  if (!marker) return 0;

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
        if (SKIP.has(p.tagName) || p.hasAttribute('data-pagefind-ignore')) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);

  let count = 0;
  for (const text of texts) {
    const parts = (text.data.match(/[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu) ?? []) as string[];
    // Words side by side: only white space between them (a comma or a full stop ends a run of the page).
    const isWord = (part: string) => /[\p{L}\p{N}]/u.test(part);
    const flags = new Map<number, boolean>();
    let stretch: number[] = [];
    const close = () => {
      marker(stretch.map((i) => parts[i]!)).forEach((m, j) => flags.set(stretch[j]!, m));
      stretch = [];
    };
    parts.forEach((part, i) => {
      if (isWord(part)) stretch.push(i);
      else if (!/^\s+$/u.test(part)) close();
    });
    close();
    if (![...flags.values()].some(Boolean)) continue;
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (flags.get(i)) {
        const mark = document.createElement('mark');
        mark.className = 'search-mark';
        mark.setAttribute('data-search-mark', '');
        mark.textContent = part;
        frag.append(mark);
        count++;
      } else frag.append(part);
    });
    text.replaceWith(frag);
  }
  return count;
}

/** Reads the parameter, marks the words in the page body and keeps the query in the header box. */
export function highlightFromUrl(): void {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)?.trim();
  if (!query) return;
  const box = document.querySelector<HTMLInputElement>(HEADER_BOX);
  if (box && !box.value) box.value = query;
  const body = document.querySelector<HTMLElement>('[data-pagefind-body]') ?? document.querySelector('main');
  if (!body) return;
  // A result that is one unit of a long page (a step of /sinh-hoat/, a guidance section) marks that unit only.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const root = target?.hasAttribute('data-search-entry') && body.contains(target) ? target : body;
  const count = highlight(root, query);
  // Says the marking is over (and how many words it marked): tests wait for this, not for time.
  body.dataset['searchMarks'] = String(count);
  if (count && !location.hash) document.querySelector('[data-search-mark]')?.scrollIntoView({ block: 'center' });
}
