import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMegabytes,
  formatNumber,
  formatTime,
  isoDate,
  isoDuration,
} from './format';

describe('formatDate', () => {
  it('writes day/month/year without leading zeros, on the calendar date given (UTC)', () => {
    expect(formatDate(new Date('2023-01-12'))).toBe('12/1/2023');
    expect(formatDate(new Date('2026-11-28'))).toBe('28/11/2026');
    expect(isoDate(new Date('2023-01-12'))).toBe('2023-01-12');
  });
});

describe('formatTime and formatDateTime', () => {
  it('write the hour and minute on this device, with the day when asked', () => {
    const moment = new Date(2026, 11, 1, 9, 5);
    expect(formatTime(moment)).toBe('09:05');
    expect(formatDateTime(moment)).toBe('09:05 1/12/2026');
  });
});

describe('formatNumber', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(950)).toBe('950');
    expect(formatNumber(12_000)).toBe('12.000');
  });
});

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
