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
import { formatVttTime, readMp4Info, readVideoEntry, serializeVideoEntry, transcriptChapters } from './lib/video-files.mjs';

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
  throw new Error(`${entryPath}: ${data.chapters.length} chapters in the frontmatter but ${sections.length} "## " sections in the transcript`);
}
sections.forEach((s, i) => {
  if (s.title !== data.chapters[i].title) throw new Error(`chapter ${i + 1}: frontmatter "${data.chapters[i].title}" ≠ transcript "${s.title}"`);
  if (!data.chapters[i].points?.length) throw new Error(`chapter ${i + 1}: no slide points`);
});

const work = mkdtempSync(join(tmpdir(), 'video-'));
const publicPath = (p) => join('public', p);

/** Splits a paragraph into sentences; each becomes one caption cue and one spoken clip. */
const sentences = (paragraph) => paragraph.match(/[^.?!]+[.?!]+|[^.?!]+$/g).map((s) => s.trim()).filter(Boolean);

/** Reads the PCM samples of a 16-bit mono WAV written by espeak-ng. */
function readWav(path) {
  const buf = readFileSync(path);
  let at = 12;
  let rate = 0;
  while (at + 8 <= buf.length) {
    const id = buf.toString('latin1', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      if (buf.readUInt16LE(at + 8 + 2) !== 1 || buf.readUInt16LE(at + 8 + 14) !== 16) throw new Error('espeak-ng: expected 16-bit mono WAV');
      rate = buf.readUInt32LE(at + 8 + 4);
    } else if (id === 'data') {
      const end = Math.min(buf.length, at + 8 + size);
      return { rate, samples: new Int16Array(buf.buffer.slice(buf.byteOffset + at + 8, buf.byteOffset + end - ((end - at - 8) % 2))) };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${path}: no data chunk`);
}

function wavFile(samples, rate) {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples.byteLength, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples.byteLength, 40);
  return Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]);
}

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
const vtt = ['WEBVTT', '', ...cues.flatMap((c, i) => [`${i + 1}`, `${formatVttTime(c.start)} --> ${formatVttTime(Math.min(c.end, cues[i + 1]?.start ?? total))}`, c.text, ''])];
writeFileSync(publicPath(data.captions), vtt.join('\n'));

// 3. Slides, rendered by chromium from plain HTML.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slideHtml = (chapter, i) => `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${WIDTH}px; height: ${HEIGHT}px; font-family: 'Noto Sans', sans-serif; background: #fdf8ee; color: #1d1d1d; overflow: hidden; }
  .band { background: #9b1c1c; color: #fff; font-size: 27px; font-weight: 700; padding: 16px 56px; letter-spacing: .01em; }
  .band span { font-weight: 400; }
  main { padding: 34px 56px 0; }
  .video-title { font-size: 27px; color: #5b4636; margin-bottom: 14px; }
  .part { font-size: 26px; font-weight: 700; color: #9b1c1c; text-transform: uppercase; letter-spacing: .04em; }
  h1 { font-size: 50px; line-height: 1.15; margin: 6px 0 26px; }
  ul { list-style: none; padding: 0; }
  li { font-size: 36px; line-height: 1.3; margin: 0 0 14px; padding-left: 40px; position: relative; }
  li::before { content: ''; position: absolute; left: 4px; top: 15px; width: 16px; height: 16px; background: #9b1c1c; }
</style><body>
  <div class="band">VIDEO MINH HỌA <span>· không phải ghi hình buổi sinh hoạt thật</span></div>
  <main>
    ${i === 0 ? `<p class="video-title">${esc(data.title.replace(/\s*\(video minh họa\)$/i, ''))}</p>` : ''}
    <p class="part">Phần ${i + 1}/${data.chapters.length}</p>
    <h1>${esc(chapter.title)}</h1>
    <ul>${chapter.points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>
  </main>
</body></html>`;

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
const slides = [];
for (const [i, chapter] of data.chapters.entries()) {
  await page.setContent(slideHtml(chapter, i));
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.querySelector('main').scrollHeight + 70 > 600);
  if (overflow) throw new Error(`slide ${i + 1} "${chapter.title}": text runs into the caption area, shorten its points`);
  const png = join(work, `slide${i}.png`);
  await page.screenshot({ path: png });
  slides.push(png);
}
await browser.close();
// The poster loads with the page, before Play: WebP keeps the first slide sharp at about a third of the JPEG's bytes.
execFileSync('ffmpeg', ['-y', '-hide_banner', '-loglevel', 'error', '-i', slides[0], '-c:v', 'libwebp', '-quality', '70', publicPath(data.poster)]);

// 4. Assemble: each slide held until the next chapter; key frames at chapter starts so seeking lands at once.
const FPS = 5;
const inputs = slides.flatMap((png, i) => ['-loop', '1', '-framerate', String(FPS), '-t', String((chapterTimes[i + 1] ?? total) - chapterTimes[i]), '-i', png]);
const concat = `${slides.map((_, i) => `[${i}:v]`).join('')}concat=n=${slides.length}:v=1:a=0,format=yuv420p[v]`;
const mp4 = publicPath(data.file);
execFileSync('ffmpeg', [
  '-y', '-hide_banner', '-loglevel', 'error',
  ...inputs,
  '-i', join(work, 'narration.wav'),
  '-filter_complex', concat,
  '-map', '[v]', '-map', `${slides.length}:a`,
  '-c:v', 'libx264', '-preset', 'veryslow', '-tune', 'stillimage', '-crf', '30', '-profile:v', 'main', '-r', String(FPS),
  '-g', String(FPS * 60), '-force_key_frames', chapterTimes.join(','),
  '-c:a', 'aac', '-b:a', '32k', '-ac', '1',
  '-metadata', `title=${data.title}`, '-metadata', 'comment=Video minh họa, không phải ghi hình buổi sinh hoạt thật.',
  '-movflags', '+faststart', '-shortest',
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
console.log(`${mp4}: ${info.duration.toFixed(2)} s, ${(bytes / 1e6).toFixed(2)} MB, ${info.codecs.join('+')}, fast start: ${info.faststart}`);
console.log(`chapters at ${chapterTimes.join(', ')} s; ${cues.length} caption cues; poster ${statSync(publicPath(data.poster)).size} bytes`);
