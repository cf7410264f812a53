/**
 * The one place where what a member typed is made safe for every renderer.
 * XML 1.0 (and so a .docx) cannot hold C0 control characters other than tab, line feed and
 * carriage return, nor U+FFFE/U+FFFF, nor a surrogate without its partner; Word refuses a file
 * that has them. Pasted text from PDFs and other programs often carries them.
 */

// C0 controls except \t (09), \n (0A), \r (0D), and U+FFFE/U+FFFF: illegal in XML.
// DEL and C1 controls are legal XML but never meant in prose (they come from mis-decoded pastes).
const ILLEGAL_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Windows, old Mac, Unicode line and paragraph separators, next-line: all become "\n".
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * Normalise one answer: NFC, one kind of line break, no XML-illegal characters,
 * no trailing spaces on lines, at most `maxLength` characters (never splitting an emoji's surrogate pair).
 */
export function sanitizeText(input: string, maxLength: number): string {
  const cleaned = input
    .replace(LONE_SURROGATES, '')
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(ILLEGAL_CONTROLS, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncate(cleaned, maxLength);
}

/** Cut to at most `max` UTF-16 code units without leaving half a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

/** Length as the form counts it: after normalising, so the limit the member sees is the one applied. */
export function measuredLength(input: string): number {
  return sanitizeText(input, Number.MAX_SAFE_INTEGER).length;
}

/** Split an answer into paragraphs (blank line between) of lines (single line break). */
export function toParagraphs(text: string): string[][] {
  if (text === '') return [];
  return text.split(/\n\s*\n/).map((p) => p.split('\n'));
}
