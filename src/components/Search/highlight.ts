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
  const words = prepareQuery(query).replace(/"/g, ' ').split(' ').filter((w) => foldWord(w));
  if (!words.length) return undefined;
  const withMarks = words.some((w) => accentForm(w) !== foldWord(w));
  const form = withMarks ? accentForm : foldWord;
  const wanted = new Set(words.map(form));
  return (word) => wanted.has(form(word));
}

/** Wraps every searched word (see {@link wordMatcher}) in <mark class="search-mark">. */
export function highlight(root: HTMLElement, query: string): number {
  const matches = wordMatcher(query);
  if (!matches) return 0;

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
    if (!parts.some(matches)) continue;
    const frag = document.createDocumentFragment();
    for (const part of parts) {
      if (matches(part)) {
        const mark = document.createElement('mark');
        mark.className = 'search-mark';
        mark.setAttribute('data-search-mark', '');
        mark.textContent = part;
        frag.append(mark);
        count++;
      } else frag.append(part);
    }
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
  const root = document.querySelector<HTMLElement>('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root) return;
  const count = highlight(root, query);
  // Says the marking is over (and how many words it marked): tests wait for this, not for time.
  root.dataset['searchMarks'] = String(count);
  if (count && !location.hash) document.querySelector('.search-mark')?.scrollIntoView({ block: 'center' });
}
