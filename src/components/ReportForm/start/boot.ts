/**
 * The report page's start-up, the one path from the page to the island:
 * - with the page's copy of a first step on screen (`data-prerendered`, see first-step.ts): nothing runs
 *   until the member touches the form; the first touch downloads the island, which takes the copy over
 *   with what was typed in the next pause of typing, and a press made meanwhile (a button, "Tiếp tục")
 *   starts it at once and is made again once it is there;
 * - otherwise the island loads at once when the page needs it (a template chosen, a draft kept on this
 *   device, an app's built-in browser and its notice) or when a draft file is chosen, or "Dán bản nháp"
 *   pressed, on the start page.
 * A failed download shows the page's "Thử lại" alert; it is tried again by that button, when the browser
 * comes back online, and at the member's next touch of the form.
 */
import { chosenTemplate } from '~/lib/report/address';
import { detectInAppBrowser } from '~/lib/report/browser-env';
import { listDrafts } from '~/lib/report/storage';
import { retrying } from '~/lib/retrying';
import { loadTemplate } from './template-data';
import { REPORT_START_MARK, watchTyping } from './typing-pause';
import type { TemplateName } from './templates-context';

interface Start {
  file?: File | undefined;
  /** "Dán bản nháp" was pressed on the start page. */
  paste?: boolean | undefined;
}

const container = document.querySelector<HTMLElement>('[data-report-island]');
const failed = document.querySelector<HTMLElement>('[data-island-failed]');
const data = document.getElementById('mau-bao-cao');
if (container && data) boot(container, data);

function boot(container: HTMLElement, data: HTMLElement) {
  const ids = JSON.parse(container.dataset['templateIds'] ?? '[]') as string[];
  const { prerendered, prerenderedFor } = container.dataset;
  const island = retrying(() => import('./mount'));
  let started = false;
  let retryWith: Start | undefined;
  /** The last press the member made on the page's copy before the island came. */
  let held: HTMLElement | undefined;

  // The template the address opens: its data is fetched beside the island's code, so the form mounts with it.
  const opening = prerendered ?? chosenTemplate(location.search, ids);
  // On the page's copy, typing needs no code: React starts in a pause of it (typing-pause.ts).
  const typing = prerendered ? watchTyping(container) : undefined;
  const start = (how: Start = {}) =>
    Promise.all([island(), opening ? loadTemplate(opening) : undefined]).then(
      async ([m, template]) => {
        if (failed) failed.hidden = true;
        await typing?.pause();
        if (!started) {
          started = true;
          // For the benchmark and the tests: when React started, beside the keys typed before it.
          performance.mark(REPORT_START_MARK);
          const templates = JSON.parse(data.textContent ?? '[]') as TemplateName[];
          m.mountReportForm(container, templates, {
            file: how.file,
            paste: how.paste,
            opening: template,
            prerendered,
            prerenderedFor,
            onReady: () => replay(held),
          });
        }
        return m;
      },
      () => {
        retryWith = how;
        if (failed) {
          failed.hidden = false;
          // A reload keeps the scroll of the page that was there: bring the message into sight.
          failed.scrollIntoView({ block: 'nearest' });
        }
        return null;
      },
    );
  const retry = () => {
    if (!failed || failed.hidden) return;
    // Hidden while it tries, so a second failure is said again.
    failed.hidden = true;
    void start(retryWith);
  };
  failed?.querySelector('button')?.addEventListener('click', retry);
  window.addEventListener('online', retry);

  if (prerendered) {
    // Until the island is there, a touch starts it; a press is held and made again once it is there
    // (without it, "Tiếp tục" would submit the plain form to the address).
    const touch = (event: Event) => {
      if (started) return;
      const press = event.type === 'click' || event.type === 'submit' ? pressOf(event) : undefined;
      if (press) {
        event.preventDefault();
        held = press;
        typing?.hurry();
      }
      void start();
    };
    for (const type of ['pointerdown', 'keydown', 'focusin', 'click', 'submit'])
      container.addEventListener(type, touch, { capture: true });
    // Touched before this script ran (a slow line): a field has focus or text already.
    const early = document.activeElement?.matches('[data-report-island] :is(input, textarea, button, a)');
    if (
      early ||
      [...container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((el) => el.value)
    )
      void start();
  } else if (
    chosenTemplate(location.search, ids) ||
    listDrafts(ids).length > 0 ||
    detectInAppBrowser(navigator.userAgent)
  ) {
    void start();
  }

  // The start page's "Mở bản nháp từ tệp": the first file starts the island with it; later ones go by event.
  const input = document.querySelector<HTMLInputElement>('[data-start-file]');
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (started) void island().then((m) => window.dispatchEvent(new CustomEvent(m.OPEN_FILE_EVENT, { detail: file })));
    else void start({ file });
  });
  // "Dán bản nháp": the box to paste a draft carried from another browser (out of Zalo).
  document.querySelector('[data-start-paste]')?.addEventListener('click', () => {
    if (started) void island().then((m) => window.dispatchEvent(new CustomEvent(m.OPEN_PASTE_EVENT)));
    else void start({ paste: true });
  });
}

/** The button (or link) a click or submit was meant for. */
function pressOf(event: Event): HTMLElement | undefined {
  if (event instanceof SubmitEvent) return event.submitter ?? undefined;
  return (event.target as Element | null)?.closest<HTMLElement>('button, a[href]') ?? undefined;
}

/** Makes the held press again, now that the island listens (the element is the same: it was taken over). */
function replay(press: HTMLElement | undefined) {
  if (press?.isConnected) press.click();
}
