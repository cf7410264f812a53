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
