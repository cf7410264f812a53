/**
 * Dates, times and numbers as Vietnamese readers write them: the one place the site formats them.
 * The locale is fixed to vi-VN by the site config's schema (`locale: z.literal('vi-VN')`); it is named
 * here rather than read from `site.config.ts` so browser code can use these helpers without bundling
 * the config's zod schema.
 */
const LOCALE = 'vi-VN';

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'numeric', year: 'numeric' });
const numberFormat = new Intl.NumberFormat(LOCALE);

/** A date as Vietnamese readers write it: 12/1/2023. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** ISO date (yyyy-mm-dd) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 20.000 */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Local clock time: 09:05. */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/**
 * Local date and time of a stored moment ("09:05 5/3/2023"), or `fallback` when the value is missing or
 * not a date, so a member never reads "Invalid Date".
 */
export function formatMoment(value: string | Date | null | undefined, fallback = 'chưa rõ lúc nào'): string {
  if (value === null || value === undefined || value === '') return fallback;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? fallback : dateTimeFormat.format(date);
}
