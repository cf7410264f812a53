/**
 * Every FAQ answer that speaks of handing in a report or of a deadline also says when the campaign ran and
 * whether it is over (the site config's window, issue 19 point 3). The pages are found from their visible
 * text, not from a list, so a new answer about handing in that forgets the notice fails here.
 */
import { describe, expect, it } from 'vitest';
import { campaignPhase } from '~/lib/campaign';
import { siteConfig } from '~/site.config';
import { htmlPages } from '../support/dist-files';

const text = (html: string) =>
  html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').normalize('NFC');
/**
 * The answer itself: the article, without the window notice (which says "nộp" itself), the search's hidden
 * metadata and the source list.
 */
const answer = (html: string) =>
  (/<article\b[\s\S]*?<\/article>/.exec(html)?.[0] ?? '')
    .replace(/<div[^>]*data-campaign-window[\s\S]*?<\/div>/g, ' ')
    // The search's hidden metadata (keywords, declared questions) is not the answer a member reads.
    .replace(/<p hidden[^>]*data-pagefind-meta[^>]*>[\s\S]*?<\/p>/g, ' ')
    .replace(/<[^>]*data-sources[\s\S]*$/, ' ');
const aboutHandingIn = /nộp báo cáo|ngày nộp|thời hạn|nộp bản viết|gửi báo cáo/i;

describe('FAQ answers about handing in or deadlines', () => {
  const faq = htmlPages().filter((p) => /^\/hoi-dap\/[^/]+\/?$/.test(p.path));
  const concerned = faq.filter((p) => aboutHandingIn.test(text(answer(p.html))));

  it('are found (the rule is not empty)', () => {
    expect(faq.length).toBeGreaterThan(15);
    expect(concerned.length).toBeGreaterThanOrEqual(8);
  });

  it('each shows the campaign window, in the phase the config gives today', () => {
    const phase = campaignPhase(siteConfig.campaignWindow);
    for (const p of concerned) {
      const state = /data-campaign-window="([a-z]+)"/.exec(p.html)?.[1];
      expect(state, p.path).toBe(phase);
    }
  });
});
