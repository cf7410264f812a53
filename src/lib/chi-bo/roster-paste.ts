import { sanitizeText } from '~/lib/report/sanitize';
import { pasteMessages } from './messages';
import { MAX_MEMBERS, MAX_NAME_LENGTH, MAX_NAMES_PER_PASTE, type Member } from './types';
import { nameKey } from './workspace';

/**
 * A list of names pasted into the roster box: from Excel (tab-separated columns, a number column first),
 * a Zalo message ("1. Nguyễn Văn An", "- Trần Thị Bình", "• Lê Văn Cường") or typed one a line.
 * The text is cleaned by the report's one sanitiser (NFC, control, bidi and zero-width characters), then
 * each line loses its numbering, bullets, HTML tags and extra columns. Nothing is merged and nothing lost:
 * duplicates are flagged, names beyond the limit stay in `remainingText` for the box.
 */

export interface PastedName {
  name: string;
  /** Same folded name as another in this paste or already on the roster. */
  duplicate: boolean;
  /** Longer than MAX_NAME_LENGTH and cut. */
  cut: boolean;
}

export interface RosterPasteResult {
  names: PastedName[];
  /** The lines not taken (over the limit), to leave in the box; "" when all were taken. */
  remainingText: string;
  /** Vietnamese, for the status under the box (empty when there is nothing to say). */
  messages: string[];
}

// "1.", "2)", "01 -", "(3)", "4/", "STT 5:" and the bullets and dashes Zalo and Word lists use.
const LEADING_NUMBER = /^(?:stt\s*)?\(?\d{1,4}\s*[.)\]:/-–—]?\)?\s*/i;
const LEADING_BULLETS = /^[\s\-–—•·∙●○◦▪▫■□►▶➤➢→⁃*+>✓✔☐☑]+/u;
const TRAILING_PUNCTUATION = /[\s,;.]+$/;
// "đ/c", "Đ/C", "đồng chí" before a name: the roster keeps the name only.
const COMRADE = /^(?:đ\/c|đồng chí)\s+/iu;
const HTML_TAG = /<\/?[a-z!][^>]*>/gi;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]/gu;
const HAS_LETTER = /\p{L}/u;
// A heading row copied with the table, never a member's name.
const HEADING_CELL = /^(?:stt|tt|số tt|họ (?:và )?tên|họ tên đảng viên|ghi chú|chức vụ)$/iu;

interface CleanedLine {
  name: string;
  removedEmoji: boolean;
}

/** The name in one pasted line, or null when the line holds none (empty, a number, a heading row). */
export function nameFromLine(line: string): CleanedLine | null {
  const cells = line.replace(HTML_TAG, ' ').split('\t').map(cleanCell);
  if (cells.some((c) => HEADING_CELL.test(c.text))) return null;
  const cell = cells.find((c) => HAS_LETTER.test(c.text));
  if (!cell) return null;
  return { name: cell.text, removedEmoji: cell.removedEmoji };
}

function cleanCell(cell: string): { text: string; removedEmoji: boolean } {
  const withoutEmoji = cell.replace(PICTOGRAPHS, '');
  const text = withoutEmoji
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_BULLETS, '')
    .replace(LEADING_NUMBER, '')
    .replace(LEADING_BULLETS, '')
    .replace(COMRADE, '')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
  return { text, removedEmoji: withoutEmoji !== cell && HAS_LETTER.test(text) };
}

/** Cut a name to MAX_NAME_LENGTH at a word boundary where one is near. */
function capName(name: string): { name: string; cut: boolean } {
  if (name.length <= MAX_NAME_LENGTH) return { name, cut: false };
  const hard = sanitizeText(name, MAX_NAME_LENGTH);
  const space = hard.lastIndexOf(' ');
  return { name: space > MAX_NAME_LENGTH * 0.6 ? hard.slice(0, space) : hard, cut: true };
}

/** Read a paste against the roster as it is (`existing`, for duplicates and the roster's own limit). */
export function parseRosterPaste(text: string, existing: readonly Pick<Member, 'name'>[]): RosterPasteResult {
  const lines = sanitizeText(text, Number.MAX_SAFE_INTEGER).split('\n');
  const limit = Math.max(0, Math.min(MAX_NAMES_PER_PASTE, MAX_MEMBERS - existing.length));
  const seen = new Map<string, number>(existing.map((m) => [nameKey(m.name), 1]));
  const names: PastedName[] = [];
  let emojiLines = 0;
  let stoppedAt = lines.length;
  for (const [index, line] of lines.entries()) {
    const found = nameFromLine(line);
    if (!found) continue;
    if (names.length >= limit) {
      stoppedAt = index;
      break;
    }
    const capped = capName(found.name);
    const key = nameKey(capped.name);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    names.push({ name: capped.name, duplicate: false, cut: capped.cut });
    if (found.removedEmoji) emojiLines += 1;
  }
  for (const entry of names) entry.duplicate = (seen.get(nameKey(entry.name)) ?? 0) > 1;
  const remainingText = lines.slice(stoppedAt).join('\n').trim();
  return { names, remainingText, messages: describePaste(names, remainingText, limit, existing.length, emojiLines) };
}

function describePaste(
  names: PastedName[],
  remaining: string,
  limit: number,
  existingCount: number,
  emojiLines: number,
): string[] {
  const messages: string[] = [];
  if (names.length === 0 && remaining === '') messages.push(pasteMessages.noNames);
  if (remaining !== '') {
    messages.push(
      limit < MAX_NAMES_PER_PASTE
        ? pasteMessages.rosterFull(MAX_MEMBERS, existingCount)
        : pasteMessages.overLimit(MAX_NAMES_PER_PASTE),
    );
  }
  const duplicates = [...new Set(names.filter((n) => n.duplicate).map((n) => n.name))];
  if (duplicates.length > 0) messages.push(pasteMessages.duplicates(duplicates));
  const cut = names.filter((n) => n.cut).length;
  if (cut > 0) messages.push(pasteMessages.cut(cut, MAX_NAME_LENGTH));
  if (emojiLines > 0) messages.push(pasteMessages.emoji(emojiLines));
  return messages;
}
