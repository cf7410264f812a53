#!/usr/bin/env node
// Makes the illustrative video from its MDX entry, so the video, its captions and its transcript say the same thing.
//
//   node scripts/make-illustrative-video.mjs [src/content/videos/<id>.mdx]
//
// Reads: frontmatter `chapters[].title` and `chapters[].points` (the slide text) and the MDX body
// (one "## " section per chapter; its sentences are the narration and the captions).
// Writes: public/video/<id>.mp4 (H.264 + AAC, fast start), public/video/<id>.webp (poster = first slide),
// public/video/<id>.vtt (captions), and the entry's `chapters[].time`, `duration` and `bytes`.
// Needs: Debian's chromium, ffmpeg and espeak-ng (apt-get install -y chromium ffmpeg espeak-ng fonts-noto-core).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { slideHtml } from './lib/video-slide.mjs';
import { readWav, wavFile } from './lib/wav.mjs';
import {
  formatVttTime,
  readMp4Info,
  readVideoEntry,
  serializeVideoEntry,
  transcriptChapters,
} from './lib/video-files.mjs';

const entryPath = process.argv[2] ?? 'src/content/videos/buoi-sinh-hoat-minh-hoa.mdx';
const WIDTH = 1280;
const HEIGHT = 720;
/** Seconds of silence: before the first sentence of a chapter, between sentences, after the last chapter. */
const LEAD = 0.5;
const GAP = 0.4;
const TAIL = 1.5;
/** espeak-ng voice and speed (words per minute): slow enough for older listeners. */
const VOICE = ['-v', 'vi', '-s', '150', '-p', '45'];

const entry = readVideoEntry(entryPath);
const { data } = entry;
if (!data.illustrative) throw new Error(`${entryPath}: only an entry with illustrative: true is made by this script`);
const sections = transcriptChapters(entry.body);
if (sections.length !== data.chapters.length) {
  throw new Error(
    `${entryPath}: ${data.chapters.length} chapters in the frontmatter but ${sections.length} "## " sections in the transcript`,
  );
}
sections.forEach((s, i) => {
  if (s.title !== data.chapters[i].title)
    throw new Error(`chapter ${i + 1}: frontmatter "${data.chapters[i].title}" ≠ transcript "${s.title}"`);
  if (!data.chapters[i].points?.length) throw new Error(`chapter ${i + 1}: no slide points`);
});

const work = mkdtempSync(join(tmpdir(), 'video-'));
const publicPath = (p) => join('public', p);

/** Splits a paragraph into sentences; each becomes one caption cue and one spoken clip. */
const sentences = (paragraph) =>
  paragraph
    .match(/[^.?!]+[.?!]+|[^.?!]+$/g)
    .map((s) => s.trim())
    .filter(Boolean);

// 1. Speak every sentence and lay them on one timeline. Chapters start on whole seconds so the page shows exact times.
const clips = [];
const cues = [];
const chapterTimes = [];
let rate = 0;
let t = 0;
let n = 0;
for (const section of sections) {
  t = Math.max(0, Math.ceil(t - 1e-9));
  chapterTimes.push(t);
  t += LEAD;
  for (const paragraph of section.paragraphs) {
    for (const sentence of sentences(paragraph)) {
      const wav = join(work, `s${n++}.wav`);
      execFileSync('espeak-ng', [...VOICE, '-w', wav, sentence]);
      const clip = readWav(wav);
      rate ||= clip.rate;
      if (clip.rate !== rate) throw new Error('espeak-ng changed sample rate');
      clips.push({ at: t, samples: clip.samples });
      const length = clip.samples.length / rate;
      cues.push({ start: t, end: t + length + GAP, text: sentence });
      t += length + GAP;
    }
  }
  t += GAP;
}
const total = Math.ceil(t + TAIL);
const track = new Int16Array(Math.ceil(total * rate));
for (const clip of clips) track.set(clip.samples, Math.round(clip.at * rate));
writeFileSync(join(work, 'narration.wav'), wavFile(track, rate));

// 2. Captions.
const vtt = [
  'WEBVTT',
  '',
  ...cues.flatMap((c, i) => [
    `${i + 1}`,
    `${formatVttTime(c.start)} --> ${formatVttTime(Math.min(c.end, cues[i + 1]?.start ?? total))}`,
    c.text,
    '',
  ]),
];
writeFileSync(publicPath(data.captions), vtt.join('\n'));

// 3. Slides, rendered by chromium from plain HTML.
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
const slides = [];
for (const [i, chapter] of data.chapters.entries()) {
  await page.setContent(slideHtml(data, chapter, i, { width: WIDTH, height: HEIGHT }));
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.querySelector('main').scrollHeight + 70 > 600);
  if (overflow)
    throw new Error(`slide ${i + 1} "${chapter.title}": text runs into the caption area, shorten its points`);
  const png = join(work, `slide${i}.png`);
  await page.screenshot({ path: png });
  slides.push(png);
}
await browser.close();
// The poster loads with the page, before Play: WebP keeps the first slide sharp at about a third of the JPEG's bytes.
execFileSync('ffmpeg', [
  '-y',
  '-hide_banner',
  '-loglevel',
  'error',
  '-i',
  slides[0],
  '-c:v',
  'libwebp',
  '-quality',
  '70',
  publicPath(data.poster),
]);

// 4. Assemble: each slide held until the next chapter; key frames at chapter starts so seeking lands at once.
const FPS = 5;
const inputs = slides.flatMap((png, i) => [
  '-loop',
  '1',
  '-framerate',
  String(FPS),
  '-t',
  String((chapterTimes[i + 1] ?? total) - chapterTimes[i]),
  '-i',
  png,
]);
const concat = `${slides.map((_, i) => `[${i}:v]`).join('')}concat=n=${slides.length}:v=1:a=0,format=yuv420p[v]`;
const mp4 = publicPath(data.file);
execFileSync('ffmpeg', [
  '-y',
  '-hide_banner',
  '-loglevel',
  'error',
  ...inputs,
  '-i',
  join(work, 'narration.wav'),
  '-filter_complex',
  concat,
  '-map',
  '[v]',
  '-map',
  `${slides.length}:a`,
  '-c:v',
  'libx264',
  '-preset',
  'veryslow',
  '-tune',
  'stillimage',
  '-crf',
  '30',
  '-profile:v',
  'main',
  '-r',
  String(FPS),
  '-g',
  String(FPS * 60),
  '-force_key_frames',
  chapterTimes.join(','),
  '-c:a',
  'aac',
  '-b:a',
  '32k',
  '-ac',
  '1',
  '-metadata',
  `title=${data.title}`,
  '-metadata',
  'comment=Video minh họa, không phải ghi hình buổi sinh hoạt thật.',
  '-movflags',
  '+faststart',
  '-shortest',
  mp4,
]);
rmSync(work, { recursive: true, force: true });

// 5. Record what the page shows before the member spends data.
const info = readMp4Info(readFileSync(mp4));
const bytes = statSync(mp4).size;
data.chapters.forEach((_, i) => entry.doc.setIn(['chapters', i, 'time'], chapterTimes[i]));
entry.doc.set('duration', Math.round(info.duration * 100) / 100);
entry.doc.set('bytes', bytes);
writeFileSync(entryPath, serializeVideoEntry(entry));
console.log(
  `${mp4}: ${info.duration.toFixed(2)} s, ${(bytes / 1e6).toFixed(2)} MB, ${info.codecs.join('+')}, fast start: ${info.faststart}`,
);
console.log(
  `chapters at ${chapterTimes.join(', ')} s; ${cues.length} caption cues; poster ${statSync(publicPath(data.poster)).size} bytes`,
);
