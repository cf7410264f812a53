import { describe, expect, it } from 'vitest';
import { chapterId, formatClock, formatDuration, formatMegabytes, isoDuration, mediaFragmentHref, parseTime, startTimeFromUrl } from './video';

describe('formatClock', () => {
  it('writes minutes and seconds, and hours only when needed', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(24)).toBe('0:24');
    expect(formatClock(169.9)).toBe('2:49');
    expect(formatClock(3725)).toBe('1:02:05');
  });
});

describe('formatDuration', () => {
  it('says the length in Vietnamese words', () => {
    expect(formatDuration(169)).toBe('2 phút 49 giây');
    expect(formatDuration(60)).toBe('1 phút');
    expect(formatDuration(45)).toBe('45 giây');
    expect(formatDuration(3600 + 5)).toBe('1 giờ 5 giây');
  });
  it('matches its ISO form', () => {
    expect(isoDuration(169)).toBe('PT2M49S');
    expect(isoDuration(60)).toBe('PT1M');
    expect(isoDuration(45)).toBe('PT45S');
  });
});

describe('formatMegabytes', () => {
  it('uses a decimal comma and one decimal', () => {
    expect(formatMegabytes(1_186_392)).toBe('1,2 MB');
    expect(formatMegabytes(3_960_000)).toBe('4,0 MB');
  });
  it('never shows a small file as zero', () => {
    expect(formatMegabytes(20_000)).toBe('0,1 MB');
  });
});

describe('parseTime', () => {
  it.each([
    ['95', 95],
    ['95.5', 95.5],
    ['1:35', 95],
    ['01:01:35', 3695],
    ['npt:95', 95],
    ['1m35s', 95],
    ['2m', 120],
  ])('reads %s as %d s', (text, seconds) => {
    expect(parseTime(text)).toBe(seconds);
  });
  it.each(['', 'abc', '-5', '1:75', 'chuong-3'])('rejects %j', (text) => {
    expect(parseTime(text)).toBeUndefined();
  });
});

describe('startTimeFromUrl', () => {
  it('reads #t= media fragments, including a range', () => {
    expect(startTimeFromUrl('', '#t=95')).toBe(95);
    expect(startTimeFromUrl('', '#t=95,120')).toBe(95);
  });
  it('reads ?t=', () => {
    expect(startTimeFromUrl('?t=95', '')).toBe(95);
    expect(startTimeFromUrl('?t=1m35s', '')).toBe(95);
  });
  it('prefers the fragment and ignores anything that is not a time', () => {
    expect(startTimeFromUrl('?t=10', '#t=20')).toBe(20);
    expect(startTimeFromUrl('', '#chuong-3')).toBeUndefined();
    expect(startTimeFromUrl('?t=x', '')).toBeUndefined();
  });
});

describe('links', () => {
  it('numbers chapter ids from 1 and builds media-fragment fallbacks', () => {
    expect(chapterId(0)).toBe('chuong-1');
    expect(mediaFragmentHref('/video/a.mp4', 95)).toBe('/video/a.mp4#t=95');
  });
});
