import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVideoEntry } from '../../scripts/lib/check-video-entry.mjs';
import { parseVtt, readAllVideoEntries, readMp4Info, transcriptChapters } from '../../scripts/lib/video-files.mjs';

const entries = readAllVideoEntries();
/** The budget of the issue: a short video that a member can afford on a phone plan. */
const MAX_ILLUSTRATIVE_BYTES = 4_000_000;

describe('video entries match their files', () => {
  it('finds the illustrative video', () => {
    expect(entries.map((e) => e.id)).toContain('buoi-sinh-hoat-minh-hoa');
  });

  for (const entry of entries) {
    it(`${entry.id}: files exist, size and length match the MP4, chapters rise within the length, captions parse`, () => {
      expect(checkVideoEntry(entry).problems).toEqual([]);
    });
  }

  for (const entry of entries.filter((e) => e.data.illustrative)) {
    it(`${entry.id}: an illustrative video is 1–3 minutes, at most 4 MB, and says first that it is an illustration`, () => {
      const info = readMp4Info(readFileSync(`public${entry.data.file}`));
      expect(info.duration).toBeGreaterThanOrEqual(60);
      expect(info.duration).toBeLessThanOrEqual(180);
      expect(entry.data.bytes).toBeLessThanOrEqual(MAX_ILLUSTRATIVE_BYTES);
      expect(info.codecs).toEqual(['avc1', 'mp4a']);
      expect(info.faststart).toBe(true);
      const firstCues = parseVtt(readFileSync(`public${entry.data.captions}`, 'utf8'))
        .slice(0, 2)
        .map((c) => c.text)
        .join(' ');
      expect(firstCues).toMatch(/video minh họa/);
      expect(firstCues).toMatch(/không ghi hình một buổi sinh hoạt thật/);
      expect(transcriptChapters(entry.body)[0]?.paragraphs[0]).toMatch(/video minh họa/);
    });
  }
});

describe('the checks catch a broken entry', () => {
  const entry = entries.find((e) => e.id === 'buoi-sinh-hoat-minh-hoa')!;
  const broken = (data: Record<string, unknown>, body = entry.body) =>
    checkVideoEntry({ ...entry, data: { ...entry.data, ...data }, body }).problems;

  it('a wrong size or length', () => {
    expect(broken({ bytes: entry.data.bytes + 1 })).toEqual([expect.stringMatching(/^bytes:/)]);
    expect(broken({ duration: entry.data.duration + 5 })).toEqual([expect.stringMatching(/^duration:/)]);
  });

  it('chapters out of order or past the end', () => {
    const chapters = entry.data.chapters.map((c: { time: number }) => ({ ...c }));
    chapters[2].time = chapters[1].time;
    chapters[chapters.length - 1].time = entry.data.duration + 1;
    const problems = broken({ chapters });
    expect(problems).toContainEqual(expect.stringMatching(/^chapter 3: starts at .* not after chapter 2/));
    expect(problems).toContainEqual(expect.stringMatching(/at or after the end/));
  });

  it('a missing file, and a transcript without one heading per chapter', () => {
    expect(broken({ poster: '/video/nothing.webp' })).toEqual(['poster: no file at public/video/nothing.webp']);
    expect(broken({}, entry.body.replace('## Kết luận buổi sinh hoạt', 'Kết luận buổi sinh hoạt'))).toContainEqual(
      expect.stringMatching(/^transcript: \d+ "## " headings for \d+ chapters/),
    );
    expect(broken({}, `Lời mở đầu.\n\n${entry.body}`)).toEqual([
      'transcript: text before the first "## " chapter heading',
    ]);
  });

  it('captions that do not parse', () => {
    expect(() => parseVtt('1\n00:00:01.000 --> 00:00:02.000\nxin chào\n')).toThrow(/WEBVTT/);
    expect(() => parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nngược\n')).toThrow(/bad timing/);
    expect(() => parseVtt('WEBVTT\n\n00:00:01,000 --> 00:00:02,000\ndấu phẩy kiểu SRT\n')).toThrow(/bad timing/);
    expect(parseVtt('WEBVTT\n\nNOTE ghi chú\n\n01:02.500 --> 01:04.000 line:90%\nmột dòng\n')).toEqual([
      { start: 62.5, end: 64, text: 'một dòng' },
    ]);
  });

  it('a file that is not an MP4', () => {
    expect(() => readMp4Info(new TextEncoder().encode('WEBVTT not a video at all'))).toThrow(/MP4/);
  });
});
