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
export function excerptNodes(excerpt: string): Node[] {
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

/** One result: linked title, content type, excerpt and (unless compact) linked sections. */
export function resultItem(hit: SearchHit, compact: boolean): HTMLLIElement {
  const link = el('a', 'search-hit__link', hit.title);
  link.href = hit.url;
  // On the search page results sit under an h2; the header panel has no heading outline to join.
  const item = el('li', 'search-hit', el(compact ? 'p' : 'h3', 'search-hit__title', link));
  if (hit.type) item.append(el('p', 'search-hit__type', hit.type));
  if (hit.excerpt) item.append(el('p', 'search-hit__excerpt', ...excerptNodes(hit.excerpt)));
  if (!compact && hit.subs.length) {
    const list = el('ul', 'search-hit__subs');
    for (const sub of hit.subs) {
      const a = el('a', 'search-hit__sub-link', sub.title);
      a.href = sub.url;
      list.append(el('li', 'search-hit__sub', a, el('p', 'search-hit__excerpt', ...excerptNodes(sub.excerpt))));
    }
    item.append(list);
  }
  return item;
}

/** "5 kết quả" in plain Vietnamese. */
export function countText(total: number, query: string): string {
  const shown = `“${query.replace(/^["“”]+|["“”]+$/g, '')}”`;
  return total === 0 ? `Không tìm thấy kết quả nào cho ${shown}.` : `Có ${total} kết quả cho ${shown}.`;
}
