/**
 * The page's own title, read once when the form's code loads; each step puts "Bước 3/9: …" before it.
 * The page's copy of a first step (first-step.ts) changed the title already and kept the page's own.
 */
export const pageTitle =
  typeof document === 'undefined'
    ? ''
    : (document.querySelector<HTMLElement>('[data-report-island]')?.dataset['pageTitle'] ?? document.title);
