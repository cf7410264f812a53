/** Walking the report form in the browser, shared by the report and offline tests. */
import { expect, type Page } from '@playwright/test';

/**
 * Fills every field of every step with `answer(id, type)` and stops on the check-answers page.
 * Returns what it typed, by field id.
 */
export async function fillToCheckAnswers(page: Page, answer: (id: string, type: string) => string): Promise<Record<string, string>> {
  const typed: Record<string, string> = {};
  for (let guard = 0; guard < 20; guard++) {
    const heading = page.locator('.rf-flow h2[tabindex="-1"]');
    const title = (await heading.textContent()) ?? '';
    if (title.startsWith('Kiểm tra lại')) return typed;
    for (const input of await page.locator('form .rf-field :is(input, textarea)').all()) {
      const id = (await input.getAttribute('id'))!.slice(2);
      const value = answer(id, (await input.getAttribute('type')) ?? 'textarea');
      await input.fill(value);
      typed[id] = value;
    }
    await page.getByRole('button', { name: /^Tiếp tục/ }).click();
    // The next step replaces this one; reading its fields before it arrives would read the old step's.
    await expect(heading).not.toHaveText(title, { timeout: 15_000 });
  }
  throw new Error('never reached the check-answers page');
}
