/**
 * Dates, times, numbers, sizes and lengths as Vietnamese readers write them: the site's one formatting
 * module, for the pages at build time and for browser code alike (it imports nothing, so it costs a
 * browser bundle only the functions it uses).
 */

/** The site's language, whichever province runs it (`<html lang="vi">`). */
export const LOCALE = 'vi-VN';

// Formatters are made once: building one is slow next to using it.
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  hour: '2-digit',
  minute: '2-digit',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});
const numberFormat = new Intl.NumberFormat(LOCALE);
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A calendar date (a content date, a document's date of issue) as readers write it: 12/1/2023. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** ISO date (yyyy-mm-dd) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date only as precise as its source gives it ("2023", "2023-03", "2023-03-07"), written 2023, 3/2023 or 7/3/2023. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return [day, month, year].filter((part) => part !== undefined).join('/');
}

/** A moment today on this device, e.g. when a draft was saved: "14:05". */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** A moment on this device with its day: "14:05 1/12/2026". */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** A count with Vietnamese digit grouping: 12000 → "12.000". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A file size the way a phone's data counter shows it: 1186392 → "1,2 MB" (never rounded down to "0,0"). */
export function formatMegabytes(bytes: number): string {
  return `${oneDecimal.format(Math.max(0.1, Math.round(bytes / 1e5) / 10))} MB`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A time as players show it: 24 → "0:24", 169 → "2:49", 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s % 60)}` : `${m}:${pad2(s % 60)}`;
}

/** A length in words: 169 → "2 phút 49 giây", 60 → "1 phút", 45 → "45 giây". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  const parts = [h && `${h} giờ`, m && `${m} phút`, s % 60 && `${s % 60} giây`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 giây';
}

/** ISO 8601 duration for <time datetime>: 169 → "PT2M49S". */
export function isoDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `PT${Math.floor(s / 60) ? `${Math.floor(s / 60)}M` : ''}${s % 60 || s < 60 ? `${s % 60}S` : ''}`;
}

/**
 * A stored moment (an ISO string from a draft or a file) with its day, or `fallback` when it is missing
 * or not a date, so a member never reads "Invalid Date".
 */
export function formatMoment(value: string | Date | null | undefined, fallback = 'chưa rõ lúc nào'): string {
  if (value === null || value === undefined || value === '') return fallback;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? fallback : formatDateTime(date);
}

/**
 * A period no more precisely than its source gives it: by months, "từ tháng 2 đến tháng 5/2023" (or
 * "từ tháng 9/2026 đến tháng 3/2027" across a new year); by days, "từ 1/2/2023 đến 19/5/2023".
 */
export function formatPeriod(start: Date, end: Date, precision: 'month' | 'day'): string {
  if (precision === 'day') return `từ ${formatDate(start)} đến ${formatDate(end)}`;
  const month = (d: Date) => d.getUTCMonth() + 1;
  const year = (d: Date) => d.getUTCFullYear();
  if (year(start) === year(end)) {
    return month(start) === month(end)
      ? `trong tháng ${month(end)}/${year(end)}`
      : `từ tháng ${month(start)} đến tháng ${month(end)}/${year(end)}`;
  }
  return `từ tháng ${month(start)}/${year(start)} đến tháng ${month(end)}/${year(end)}`;
}
