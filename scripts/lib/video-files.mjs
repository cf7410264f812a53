// Readers shared by the video scripts and the unit test: MP4 boxes, WebVTT, and the video MDX entries.
// Plain Node (no ffprobe needed), so the checks run wherever the tests run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const videosDir = 'src/content/videos';

/** Containers whose children we walk to reach the sample descriptions. */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl']);

/**
 * Reads the facts an editor must get right from an MP4 file.
 * @param {Uint8Array} buf whole file
 * @returns {{ duration: number, faststart: boolean, codecs: string[], width: number, height: number, topLevel: string[] }}
 *   duration in seconds (from mvhd), faststart when moov precedes mdat, codecs are sample entry types (avc1, mp4a, …)
 */
export function readMp4Info(buf) {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const info = { duration: NaN, faststart: false, codecs: [], width: 0, height: 0, topLevel: [] };
  const type = (at) => String.fromCharCode(buf[at], buf[at + 1], buf[at + 2], buf[at + 3]);

  const walk = (start, end, depth) => {
    let at = start;
    while (at + 8 <= end) {
      let size = view.getUint32(at);
      const kind = type(at + 4);
      let header = 8;
      if (size === 1) {
        size = Number(view.getBigUint64(at + 8));
        header = 16;
      } else if (size === 0) {
        size = end - at;
      }
      if (size < header || at + size > end) throw new Error(`MP4: box "${kind}" at ${at} is cut off`);
      if (depth === 0) info.topLevel.push(kind);
      const body = at + header;
      if (kind === 'mvhd') {
        const version = buf[body];
        const timescale = view.getUint32(body + (version === 1 ? 20 : 12));
        const units = version === 1 ? Number(view.getBigUint64(body + 24)) : view.getUint32(body + 16);
        info.duration = units / timescale;
      } else if (kind === 'tkhd') {
        const version = buf[body];
        const dims = body + (version === 1 ? 88 : 76);
        const width = view.getUint32(dims) / 65536;
        const height = view.getUint32(dims + 4) / 65536;
        if (width > 0) Object.assign(info, { width, height });
      } else if (kind === 'stsd') {
        const count = view.getUint32(body + 4);
        let entry = body + 8;
        for (let i = 0; i < count && entry + 8 <= at + size; i++) {
          info.codecs.push(type(entry + 4));
          entry += view.getUint32(entry);
        }
      } else if (CONTAINERS.has(kind)) {
        walk(body, at + size, depth + 1);
      }
      at += size;
    }
  };
  walk(0, buf.byteLength, 0);
  if (!Number.isFinite(info.duration)) throw new Error('MP4: no mvhd box, is this an MP4 file?');
  const moov = info.topLevel.indexOf('moov');
  const mdat = info.topLevel.indexOf('mdat');
  info.faststart = moov !== -1 && (mdat === -1 || moov < mdat);
  return info;
}

/** "00:01:02.500" or "01:02.500" to seconds; NaN when malformed. */
function parseVttTime(text) {
  const m = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(text);
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** Seconds to a WebVTT timestamp, "00:01:02.500". */
export function formatVttTime(seconds) {
  const ms = Math.round(seconds * 1000);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/**
 * Parses a WebVTT file strictly enough to catch what breaks captions in browsers.
 * @param {string} text
 * @returns {{ start: number, end: number, text: string }[]}
 */
export function parseVtt(text) {
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(blocks[0].split('\n')[0]))
    throw new Error('WebVTT: the file must start with "WEBVTT"');
  const cues = [];
  for (const block of blocks.slice(1)) {
    const lines = block.split('\n').filter((l) => l !== '');
    if (lines.length === 0 || /^(NOTE|STYLE|REGION)\b/.test(lines[0])) continue;
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing === -1 || timing > 1) throw new Error(`WebVTT: block without a timing line: "${lines[0]}"`);
    const [from, rest] = lines[timing].split('-->').map((s) => s.trim());
    const start = parseVttTime(from);
    const end = parseVttTime(rest.split(/\s+/)[0]);
    if (!(end > start)) throw new Error(`WebVTT: bad timing "${lines[timing]}"`);
    if (cues.length && start < cues[cues.length - 1].start)
      throw new Error(`WebVTT: cue at ${from} starts before the cue above it`);
    const body = lines.slice(timing + 1).join('\n');
    if (!body) throw new Error(`WebVTT: cue at ${from} has no text`);
    cues.push({ start, end, text: body });
  }
  return cues;
}

/**
 * Splits an MDX transcript into its chapters: one per "## " heading, with its paragraphs.
 * @param {string} body MDX body, without frontmatter
 * @returns {{ title: string, paragraphs: string[] }[]}
 */
export function transcriptChapters(body) {
  const chapters = [];
  for (const block of body.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const text = block.trim();
    if (!text) continue;
    const heading = /^##\s+(.+)$/.exec(text);
    if (heading) chapters.push({ title: heading[1].trim(), paragraphs: [] });
    else if (chapters.length) chapters[chapters.length - 1].paragraphs.push(text.replace(/\s*\n\s*/g, ' '));
    else throw new Error('transcript: text before the first "## " chapter heading');
  }
  return chapters;
}

/**
 * Reads one video MDX entry.
 * @param {string} path
 * @returns {{ path: string, id: string, doc: import('yaml').Document, data: any, body: string, source: string }}
 */
export function readVideoEntry(path) {
  const source = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source.replace(/\r\n?/g, '\n'));
  if (!m) throw new Error(`${path}: no frontmatter`);
  const doc = parseDocument(m[1]);
  if (doc.errors.length) throw new Error(`${path}: ${doc.errors[0].message}`);
  const id = path
    .split('/')
    .pop()
    .replace(/\.mdx?$/, '');
  return { path, id, doc, data: doc.toJS(), body: m[2], source };
}

/** Writes an entry back with its (possibly changed) frontmatter document and the same body. */
export function serializeVideoEntry(entry) {
  return `---\n${entry.doc.toString({ lineWidth: 0 })}---\n${entry.body}`;
}

/** Every video entry in the collection folder. */
export function readAllVideoEntries(dir = videosDir) {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => readVideoEntry(join(dir, f)));
}
