import { siteConfig } from '~/site.config';

const dateFormat = new Intl.DateTimeFormat(siteConfig.locale, {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as Vietnamese readers write it: 12/1/2023. */
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
