/** DOM for search results, shared by the header box and the search page. No framework. */
import type { SearchHit } from '~/lib/search/engine';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Turns a Pagefind excerpt ("text <mark>word</mark> text", entities escaped) into DOM nodes
 * without innerHTML: only <mark> becomes an element, everything else is text.
 */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let inMark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part.replace(/<[^>]*>/g, '')));
      if (inMark) {
        const mark = document.createElement('mark');
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** An element with a `data-search-*` hook for scripts and tests (styles use the class). */
function hooked<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  hook: string,
  ...children: (Node | string)[]
) {
  const node = el(tag, className, ...children);
  node.setAttribute(`data-search-${hook}`, '');
  return node;
}

/**
 * One result: linked title, content type, excerpt and (unless compact) linked sections. A hit
 * carrying an FAQ answer is shown as the answer to the member's question: a label, the question
 * and its one-sentence answer.
 */
export function resultItem(hit: SearchHit, compact: boolean): HTMLLIElement {
  const link = hooked('a', 'search-hit__link', 'hit-link', hit.title);
  link.href = hit.url;
  const item = hooked('li', hit.answer ? 'search-hit search-hit--answer' : 'search-hit', 'hit');
  if (hit.answer)
    item.append(hooked('p', 'search-hit__label', 'answer-label', 'Câu hỏi gần nhất với câu đồng chí hỏi'));
  // On the search page results sit under an h2; the header panel has no heading outline to join.
  item.append(el(compact ? 'p' : 'h3', 'search-hit__title', link));
  if (hit.type && !hit.answer) item.append(hooked('p', 'search-hit__type', 'hit-type', hit.type));
  if (hit.answer) item.append(hooked('p', 'search-hit__answer', 'answer', hit.answer));
  else if (hit.excerpt) item.append(hooked('p', 'search-hit__excerpt', 'excerpt', ...excerptNodes(hit.excerpt)));
  if (!compact && hit.subs.length) {
    const list = hooked('ul', 'search-hit__subs', 'subs');
    for (const sub of hit.subs) {
      const a = hooked('a', 'search-hit__sub-link', 'sub-link', sub.title);
      a.href = sub.url;
      list.append(
        el('li', 'search-hit__sub', a, hooked('p', 'search-hit__excerpt', 'excerpt', ...excerptNodes(sub.excerpt))),
      );
    }
    item.append(list);
  }
  return item;
}

/** What the status line says: how many pages, and whether they hold every word typed. */
export function countText(total: number, query: string, complete = true): string {
  const shown = `“${query.replace(/^["“”]+|["“”]+$/g, '')}”`;
  if (total === 0) return `Không tìm thấy kết quả nào cho ${shown}.`;
  if (!complete)
    return `Không có trang nào có đủ các từ đồng chí gõ; đây là những trang gần nhất (${total}) cho ${shown}.`;
  return `Có ${total} kết quả cho ${shown}.`;
}
