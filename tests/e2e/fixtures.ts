/**
 * The fixtures every end-to-end test uses: the built site's origin as baseURL, a page that fails the
 * test on any request to another origin or any console error, and an axe check.
 */
import { test as base, expect, type Page } from '@playwright/test';
import axe from 'axe-core';

type Options = {
  /** Console errors a test expects (e.g. the 404 page logs its own 404). */
  allowedConsoleErrors: RegExp[];
};

export const test = base.extend<Options>({
  allowedConsoleErrors: [[], { option: true }],
  baseURL: async ({}, use) => {
    const origin = process.env['SITE_ORIGIN'];
    if (!origin) throw new Error('SITE_ORIGIN is not set: the global setup serves dist/.');
    await use(origin);
  },
  page: async ({ page, baseURL, allowedConsoleErrors }, use) => {
    const foreign: string[] = [];
    const errors: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(message.text())))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(foreign, 'no request may go to another origin').toEqual([]);
    expect(errors, 'no console errors (a CSP violation is one)').toEqual([]);
    expect(await page.context().cookies(), 'no cookies').toEqual([]);
  },
});

export { expect };

/** WCAG 2.2 A/AA and best practice: the rule set every page and state must pass. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now and fails on any violation, listing each with its nodes.
 * axe is injected through the DevTools protocol, so the page's Content-Security-Policy is not involved.
 */
export async function checkA11y(page: Page, context?: string): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, axeTags);
  expect(violations, `axe violations${context ? ` on ${context}` : ''} at ${page.url()}`).toEqual([]);
}
