/**
 * Where the campaign stands on the day the site is built: not begun, running, or ended. The window comes from
 * the site config (`campaignWindow`); the pages about deadlines and handing in say it through one component,
 * src/components/CampaignWindow.astro.
 */
import type { SiteConfig } from '~/schemas/site-config';

export type CampaignPhase = 'upcoming' | 'running' | 'ended';

/** The day the site is built: a static page says what was true then (rebuild after the window's end). */
const buildDate = new Date();

const DAY = 24 * 60 * 60 * 1000;

/** `end` is a whole day, included: the campaign has ended only from the next day on (UTC, as the dates are written). */
export function campaignPhase(
  window: Pick<SiteConfig['campaignWindow'], 'start' | 'end'>,
  today: Date = buildDate,
): CampaignPhase {
  const now = today.getTime();
  if (now < window.start.getTime()) return 'upcoming';
  if (now >= window.end.getTime() + DAY) return 'ended';
  return 'running';
}
