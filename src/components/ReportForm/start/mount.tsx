import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { ReportTemplate } from '~/schemas/report-template';
import ReportIsland from './ReportIsland';
import type { TemplateName } from './templates-context';

export { OPEN_FILE_EVENT, OPEN_PASTE_EVENT } from './ReportIsland';

interface Options {
  /** A draft file chosen on the start page before the island was loaded. */
  file?: File | undefined;
  /** "Dán bản nháp" was pressed on the start page before the island was loaded. */
  paste?: boolean | undefined;
  /** The data of the template the address opens, fetched beside the island's code. */
  opening?: ReportTemplate | undefined;
  /** The template whose first step the page shows already (first-step.ts): taken over, not rendered again. */
  prerendered?: string | undefined;
  /** The user agent that copy was rendered for (see useUserAgent). */
  prerenderedFor?: string | undefined;
  onReady?: () => void;
}

/**
 * Renders the form island into `container` (loaded with import() only when the page needs it). The page's
 * copy of a first step is hydrated inside a transition, so the work yields to the member's keystrokes.
 * Should the copy differ from what the island renders, React renders it anew; `data-hydration="recovered"`
 * on the page says so (a test checks that it never does).
 */
export function mountReportForm(
  container: HTMLElement,
  templates: TemplateName[],
  { file, paste = false, opening, prerendered, prerenderedFor, onReady }: Options,
): void {
  const island = (
    <ReportIsland
      templates={templates}
      opening={opening}
      startFile={file}
      startPaste={paste}
      prerendered={prerendered}
      prerenderedFor={prerenderedFor}
      touched={prerendered !== undefined}
      onReady={onReady}
    />
  );
  if (!prerendered) return createRoot(container).render(island);
  startTransition(() => {
    hydrateRoot(container, island, {
      onRecoverableError: (error) => {
        document.documentElement.dataset['hydration'] = 'recovered';
        console.warn('The report form rendered its first step anew:', error);
      },
    });
  });
}
