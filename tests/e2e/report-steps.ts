/** Walking the report form in the browser, shared by the report and offline tests. */
import { expect, type Page } from '@playwright/test';

/** The heading of the current step, "Bước 3/9: …" (focused on every arrival). */
export const stepHeading = (page: Page) => page.locator('[data-step-heading]');

/** True when the current step is the check-answers page. */
export const onCheckPage = async (page: Page) => /Kiểm tra lại/.test((await stepHeading(page).textContent()) ?? '');

/** The inputs of the current step, in order. */
export const stepInputs = (page: Page) => page.locator('form [data-field] :is(input, textarea)');

/**
 * Fills every field of every step with `answer(id, type)` and stops on the check-answers page.
 * Returns what it typed, by field id.
 */
export async function fillToCheckAnswers(
  page: Page,
  answer: (id: string, type: string) => string,
): Promise<Record<string, string>> {
  const typed: Record<string, string> = {};
  for (let guard = 0; guard < 20; guard++) {
    const heading = stepHeading(page);
    const title = (await heading.textContent()) ?? '';
    if (/Kiểm tra lại/.test(title)) return typed;
    for (const input of await stepInputs(page).all()) {
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
