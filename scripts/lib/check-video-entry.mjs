// What must hold for one video entry before the site can show it; shared by scripts/check-videos.mjs and the unit test.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseVtt, readMp4Info, transcriptChapters } from './video-files.mjs';

/** Largest gap, in seconds, allowed between the entry's `duration` and the file's. */
const DURATION_TOLERANCE = 0.5;

/**
 * Checks an entry against its files.
 * @param {ReturnType<import('./video-files.mjs').readVideoEntry>} entry
 * @param {string} publicDir folder the site serves as "/"
 * @returns {{ problems: string[], facts: { duration?: number, bytes?: number, codecs?: string[], cues?: number } }}
 */
export function checkVideoEntry(entry, publicDir = 'public') {
  const { data } = entry;
  const problems = [];
  const facts = {};
  const file = (p) => join(publicDir, p);

  for (const key of ['file', 'poster', 'captions']) {
    if (typeof data[key] !== 'string' || !existsSync(file(data[key])))
      problems.push(`${key}: no file at public${data[key]}`);
  }

  if (existsSync(file(data.file))) {
    facts.bytes = statSync(file(data.file)).size;
    if (data.bytes !== facts.bytes) problems.push(`bytes: the entry says ${data.bytes}, the file has ${facts.bytes}`);
    try {
      const info = readMp4Info(readFileSync(file(data.file)));
      facts.duration = Math.round(info.duration * 100) / 100;
      facts.codecs = info.codecs;
      if (!(Math.abs(data.duration - info.duration) <= DURATION_TOLERANCE)) {
        problems.push(`duration: the entry says ${data.duration} s, the file lasts ${facts.duration} s`);
      }
      if (!info.codecs.includes('avc1'))
        problems.push(`video codec is ${info.codecs.join('+')}: re-encode to H.264 (avc1) so every phone plays it`);
      if (!info.codecs.includes('mp4a')) problems.push('no AAC (mp4a) audio track');
      if (!info.faststart) problems.push('not fast start: re-mux with ffmpeg -c copy -movflags +faststart');
    } catch (error) {
      problems.push(`file: ${error.message}`);
    }
  }

  const times = (data.chapters ?? []).map((c) => c.time);
  if (times.length === 0) problems.push('chapters: at least one chapter is needed');
  times.forEach((time, i) => {
    if (!(time >= 0)) problems.push(`chapter ${i + 1}: time must be 0 or more`);
    if (i > 0 && !(time > times[i - 1]))
      problems.push(`chapter ${i + 1}: starts at ${time} s, not after chapter ${i} (${times[i - 1]} s)`);
    if (!(time < data.duration))
      problems.push(`chapter ${i + 1}: starts at ${time} s, at or after the end (${data.duration} s)`);
  });

  try {
    const sections = transcriptChapters(entry.body);
    if (sections.length !== times.length) {
      problems.push(
        `transcript: ${sections.length} "## " headings for ${times.length} chapters; write one heading per chapter, in order`,
      );
    }
    sections.forEach((s, i) => {
      const title = data.chapters?.[i]?.title;
      if (title !== undefined && s.title !== title)
        problems.push(`transcript heading ${i + 1} "${s.title}" differs from chapter title "${title}"`);
    });
  } catch (error) {
    problems.push(error.message);
  }

  if (existsSync(file(data.captions))) {
    try {
      const cues = parseVtt(readFileSync(file(data.captions), 'utf8'));
      facts.cues = cues.length;
      if (cues.length === 0) problems.push('captions: no cues');
      const late = cues.find((c) => c.start >= data.duration + DURATION_TOLERANCE);
      if (late) problems.push(`captions: a cue starts at ${late.start} s, after the end of the video`);
    } catch (error) {
      problems.push(`captions: ${error.message}`);
    }
  }
  return { problems, facts };
}
