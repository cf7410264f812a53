import { parseDraft, type Draft, type ParseResult } from './draft';

/**
 * A draft as a short block of text, to carry it where no file goes: out of an app's built-in browser
 * (which drops files) into the phone's browser, through the clipboard or a note. The block is one line
 * of letters and digits after a mark (the draft's JSON, compressed where the browser can, in base64url),
 * so a messaging app that wraps or trims lines does not break it. Reading it back runs the same checks as
 * a draft file (`parseDraft`).
 */

/** Version 1, deflate-compressed ("Z") or plain ("J") JSON. */
const MARK = 'GTLT-BAN-NHAP-1';
const PAYLOAD = new RegExp(`${MARK}([ZJ]):([A-Za-z0-9_\\-\\s]+)`);

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The draft as the block to paste: a line saying what it is, then the payload line. */
export async function draftToText(draft: Draft, title: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(draft));
  let payload: string;
  if (typeof CompressionStream === 'function')
    payload = `${MARK}Z:${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}`;
  else payload = `${MARK}J:${toBase64Url(json)}`;
  return `Bản nháp “${title}”. Dán cả đoạn này vào ô “Dán bản nháp” trên trang Soạn báo cáo.\n${payload}`;
}

/** True when the text holds a draft block (or a draft file's JSON), whatever else is around it. */
export function looksLikeDraftText(text: string): boolean {
  return PAYLOAD.test(text) || text.trim().startsWith('{');
}

/**
 * Read a pasted draft back: the block above, or a draft file's JSON pasted as text. Checked like a file;
 * a text with no draft in it is `foreign`, a damaged block `corrupt`.
 */
export async function draftFromText(text: string, knownTemplateIds: readonly string[]): Promise<ParseResult> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return parseDraft(trimmed, knownTemplateIds);
  const match = PAYLOAD.exec(text);
  if (!match) return { ok: false, problem: 'foreign' };
  try {
    let bytes = fromBase64Url(match[2]!.replace(/\s+/g, ''));
    if (match[1] === 'Z') bytes = await through(bytes, new DecompressionStream('deflate-raw'));
    return parseDraft(new TextDecoder('utf-8', { fatal: true }).decode(bytes), knownTemplateIds);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}
