import { markForIndex } from './normalize';
import { synonymsIn } from './words';

/** Comments and tags; everything between them is text. */
const TAG_OR_COMMENT = /(<!--[\s\S]*?-->|<[^>]*>)/;
/** The value of a data-pagefind-meta attribute ("key:value" pairs Pagefind searches). */
const META_ATTR = /(data-pagefind-meta\s*=\s*)(["'])([\s\S]*?)\2/g;

/**
 * The copy of a built page that Pagefind indexes (never the page served to readers):
 * - every text node and every data-pagefind-meta value goes through {@link markForIndex},
 *   so "Đảng" is indexed as "dangʼ" (see normalize.ts) while stored text can still be restored;
 * - the phrases of every synonym group the indexed text uses (see words.ts) are added as the
 *   hidden, searchable "synonyms" metadata, so "về hưu" finds the page that says "nghỉ hưu";
 * - a definition term with an id (`<dt id>`, the glossary's terms) becomes a heading, so each term
 *   is a sub-result that links to its anchor.
 * Other attributes stay exact: heading ids must match the served page for deep links,
 * and filter values must match what the filter controls send.
 */
export function prepareHtmlForIndex(html: string): string {
  return markHtml(addSynonyms(termsAsHeadings(html)));
}

function markHtml(html: string): string {
  return html
    .split(TAG_OR_COMMENT)
    .map((part, i) => {
      // split() with one capture group alternates text (even) and tag (odd).
      if (i % 2 === 0) return markForIndex(part);
      if (part.startsWith('<!--')) return part;
      return part.replace(
        META_ATTR,
        (_, name: string, q: string, value: string) => `${name}${q}${markMetaValue(value)}${q}`,
      );
    })
    .join('');
}

const DT_WITH_ID = /<dt(\s[^>]*\bid\s*=[^>]*)>([\s\S]*?)<\/dt>/g;

function termsAsHeadings(html: string): string {
  return html.replace(DT_WITH_ID, (_, attrs: string, inner: string) => `<h3${attrs}>${inner}</h3>`);
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript']);
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;

/**
 * The text Pagefind indexes on a page: inside the `data-pagefind-body` region, outside
 * `data-pagefind-ignore` regions, plus the text of data-pagefind-meta elements (the FAQ keywords).
 */
export function indexedText(html: string): string {
  const stack: { name: string; body: boolean; ignore: boolean; raw: boolean }[] = [];
  const out: string[] = [];
  html.split(TAG_OR_COMMENT).forEach((part, i) => {
    const top = stack.at(-1);
    if (i % 2 === 0) {
      if (top?.body && !top.ignore && !top.raw) out.push(part);
      return;
    }
    if (part.startsWith('<!--')) return;
    const name = TAG.exec(part)?.[1]?.toLowerCase();
    if (!name) return;
    if (part.startsWith('</')) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      return;
    }
    if (VOID.has(name) || part.endsWith('/>')) return;
    const meta = /\sdata-pagefind-meta\s*=\s*["'][^:"']+["']/.test(part);
    stack.push({
      name,
      body: (top?.body ?? false) || /\sdata-pagefind-body\b/.test(part),
      ignore: meta ? false : (top?.ignore ?? false) || /\sdata-pagefind-ignore\b/.test(part),
      raw: (top?.raw ?? false) || RAW_TEXT.has(name),
    });
  });
  return out.join(' ');
}

const BODY_OPEN = /<[a-zA-Z][^>]*\sdata-pagefind-body\b[^>]*>/;

function addSynonyms(html: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open) return html;
  const found = synonymsIn(decodeText(indexedText(html)));
  if (!found.length) return html;
  const at = open.index + open[0].length;
  const meta = `<p hidden data-pagefind-ignore data-pagefind-meta="synonyms">${found.map(escapeText).join(' · ')}</p>`;
  return html.slice(0, at) + meta + html.slice(at);
}

const decodeText = (s: string) =>
  s
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A data-pagefind-meta value lists "key:text" pairs, "key" alone (text taken from the element)
 * or "key:[attribute]"; only literal text is marked.
 */
function markMetaValue(value: string): string {
  return value
    .split(',')
    .map((pair) => {
      const colon = pair.indexOf(':');
      if (
        colon < 0 ||
        pair
          .slice(colon + 1)
          .trimStart()
          .startsWith('[')
      )
        return pair;
      return pair.slice(0, colon + 1) + markForIndex(pair.slice(colon + 1));
    })
    .join(',');
}

/** An element that is an answerable unit of a one-page section: a step of /sinh-hoat/, a guidance section. */
const ENTRY_OPEN = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*?\bdata-search-entry\s*=\s*"([^"]*)"[^>]*)>/g;

/** Index of the end of the element whose open tag ends at `from` (just past its close tag). */
function elementEnd(html: string, name: string, from: number): number {
  const tag = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** One document for Pagefind: the address it is found under and the HTML it is indexed from. */
export interface IndexDocument {
  url: string;
  html: string;
}

/**
 * A built page as the documents Pagefind indexes. A page whose units are marked `data-search-entry="title"`
 * (with an `id`) gives one document per unit, found under `page#id`, titled by the unit, so a step of the
 * session guide competes as an entry of its own rather than as a mention inside a long page; the rest of the
 * page (its heading and introduction) stays a document of its own. Ids inside a unit are dropped: the unit is
 * one result, not a page with sub-results. Any other page is one document, unchanged.
 */
export function indexDocuments(html: string, url: string): IndexDocument[] {
  const open = BODY_OPEN.exec(html);
  if (!open) return [{ url, html }];
  const bodyName = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(open[0])![1]!;
  const bodyStart = open.index + open[0].length;
  const bodyEnd = elementEnd(html, bodyName, bodyStart) - `</${bodyName}>`.length;
  const entries: { id: string; title: string; start: number; end: number; inner: string }[] = [];
  ENTRY_OPEN.lastIndex = bodyStart;
  for (let m = ENTRY_OPEN.exec(html); m && m.index < bodyEnd; m = ENTRY_OPEN.exec(html)) {
    const id = /\sid\s*=\s*"([^"]+)"/.exec(m[2]!)?.[1];
    const end = elementEnd(html, m[1]!, m.index + m[0].length);
    if (id)
      entries.push({
        id,
        title: m[3]!,
        start: m.index,
        end,
        inner: html.slice(m.index + m[0].length, end - `</${m[1]}>`.length),
      });
    ENTRY_OPEN.lastIndex = end;
  }
  if (!entries.length) return [{ url, html }];
  let rest = html;
  for (const e of [...entries].reverse()) rest = rest.slice(0, e.start) + rest.slice(e.end);
  const page = (inner: string) => html.slice(0, bodyStart) + inner + html.slice(bodyEnd);
  return [
    { url, html: rest },
    ...entries.map((e) => ({
      url: `${url}#${e.id}`,
      html: page(`<h1>${e.title}</h1>${e.inner.replace(/(<[a-zA-Z][^>]*?)\s+id\s*=\s*"[^"]*"/g, '$1')}`),
    })),
  ];
}
