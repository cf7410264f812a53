import { describe, expect, it } from 'vitest';
import { chapterId, mediaFragmentHref, parseTime, startTimeFromUrl } from './video';

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
