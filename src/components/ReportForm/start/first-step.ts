import type { readReportAddress, reportSearch } from '~/lib/report/address';
import type { newDraftId } from '~/lib/report/storage';

/**
 * The page's own copy of a template's first step, shown before the island's code has even downloaded.
 *
 * ReportFormLoader renders every template's first step at build time, with the island's own components,
 * into inert `<template data-step-for="…">` elements. This function runs inline, right after them, before
 * the first paint (the page writes its source into an inline script, so it must stay self-contained: no
 * import, no helper outside its body). When the address names a template's first step and nothing on this
 * device makes that step look different (a draft of this template stored here, an app's browser without a copy of its own), it
 * puts that template's copy in the island's place and marks it `data-prerendered`; the member reads and
 * types in it at once, and the island takes it over (hydrates it) at the member's first touch (boot.ts).
 * Otherwise the island renders the form itself as soon as it has loaded.
 */
export function showFirstStep(
  read: typeof readReportAddress,
  build: typeof reportSearch,
  newDraft: typeof newDraftId,
  draftKeyPrefix: string,
  inApp: [string, string, string][],
): void {
  const container = document.querySelector<HTMLElement>('[data-report-island]');
  const address = read(location.search);
  const { templateId, draftId, step, fromCheck } = address;
  if (!container || !templateId || step || fromCheck) return;
  // The app whose built-in browser this is (detectInAppBrowser's table, in its order), or ''.
  const app = inApp.find(([, source, flags]) => new RegExp(source, flags).test(navigator.userAgent))?.[0] ?? '';
  try {
    for (let i = 0; i < localStorage.length; i++)
      if (localStorage.key(i)?.startsWith(draftKeyPrefix + templateId)) return;
  } catch {
    // Storage refused: the island says so itself.
    return;
  }
  const copy = [...document.querySelectorAll<HTMLTemplateElement>('template[data-step-for]')].find(
    (t) => t.dataset['stepFor'] === templateId && (t.dataset['inApp'] ?? '') === app,
  );
  if (!copy) return;
  container.append(copy.content.cloneNode(true));
  container.dataset['prerendered'] = templateId;
  // The copy is never sent as a plain form (that would lose the text into the address): the island
  // handles "Tiếp tục" (its own handler cancels the same way; until it is there, boot.ts holds the press).
  container.addEventListener('submit', (event) => event.preventDefault(), { capture: true });
  // The address names the draft this copy is, as the island's does (a reload or a second tab opens it).
  if (!draftId || draftId === 'moi')
    history.replaceState(history.state, '', build({ ...address, draftId: newDraft() }));
  if (app) container.dataset['prerenderedFor'] = copy.dataset['userAgent'] ?? '';
  container.dataset['pageTitle'] = document.title;
  document.title = `${copy.dataset['title'] ?? ''} – ${document.title}`;
  // As on every arrival: focus on the step's heading, which comes to the top once the step is painted.
  const heading = container.querySelector<HTMLElement>('[data-step-heading]');
  heading?.focus({ preventScroll: true });
  requestAnimationFrame(() => requestAnimationFrame(() => heading?.scrollIntoView({ block: 'start' })));
}
