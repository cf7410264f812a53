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
// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the left-to-right and
// right-to-left marks: invisible, and able to make a name display reversed (a way to forge one). Vietnamese
// never needs them.
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Zero-width space, non-joiner, word joiner, byte-order mark, Mongolian vowel separator, soft hyphen:
// invisible, they split words for search and spell-check and print as nothing or as a stray box.
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF\u180E\u00AD]/g;
// The zero-width joiner glues emoji into one (👨‍👩‍👧); anywhere else it is as invisible as the others.
const STRAY_JOINER =
  /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// Pictographs the fonts of a printed Party document (Times New Roman) do not have.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u;

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
    .replace(BIDI_CONTROLS, '')
    .replace(ZERO_WIDTH, '')
    .replace(STRAY_JOINER, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncate(cleaned, maxLength);
}

/** What cleaning an answer would change that the member should be told about. */
export interface TextFindings {
  /** Invisible characters (direction controls, zero-width characters) were removed. */
  removedInvisible: boolean;
  /** The answer has emoji or flags: kept, but the document's font may print them as blanks. */
  hasEmoji: boolean;
}

export function inspectText(input: string): TextFindings {
  const invisible = new RegExp(`${BIDI_CONTROLS.source}|${ZERO_WIDTH.source}|${STRAY_JOINER.source}`, 'u');
  return { removedInvisible: invisible.test(input), hasEmoji: EMOJI.test(input) };
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
