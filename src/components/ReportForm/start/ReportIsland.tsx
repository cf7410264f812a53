import { Suspense, useEffect, useMemo, useState } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';
import type { Draft } from '~/lib/report/draft';
import { formatMoment } from '~/lib/format';
import { detectInAppBrowser } from '~/lib/report/browser-env';
import { loadDraft } from '~/lib/report/storage';
import { chosenTemplate, reportHref } from '~/lib/report/address';
import { FormFlow } from '../steps/FormFlow';
import { OpenDraftFile } from '../drafts/DraftTools';
import type { OpenedDraft } from '../drafts/OpenDraftFile';
import { TemplatesContext } from './templates-context';
import { pageTitle } from './page-title';
import { lazyWithRetry } from '../shared/lazy-part';
import { PrerenderedUserAgent, useUserAgent } from '../shared/useUserAgent';

// The start page's part of the island: drafts on this device, a chosen file, the in-app notice.
const StartPage = lazyWithRetry(() => import('./StartPage'));

/** The start page's file input hands a chosen file to the mounted island with this event. */
export const OPEN_FILE_EVENT = 'gtlt:mo-ban-nhap';

interface Props {
  /** Every template of the collection, in chooser order. */
  templates: ReportTemplate[];
  /** A draft file chosen on the start page before the island was loaded. */
  startFile?: File | undefined;
  /**
   * The template whose first step the page already shows (rendered at build time, see ReportFormLoader):
   * the island takes that copy over (hydration) and must render it the same way.
   */
  prerendered?: string | undefined;
  /** The user agent that copy was rendered for ('' or an app's mark, see useUserAgent). */
  prerenderedFor?: string | undefined;
  /** The member touched that copy before the island came: its engine loads at once. */
  touched?: boolean | undefined;
  /** Called once the island is on the page (after it took the copy over). */
  onReady?: (() => void) | undefined;
}

interface State {
  id: string | null;
  /** A draft just opened from a file (already stored when the browser allows). */
  draft: Draft | null;
  notice: string | null;
}

const templateFromAddress = (ids: readonly string[]): string | null => chosenTemplate(window.location.search, ids);

/**
 * The report drafting island. Runs only in the browser. The page carries the start page (the template
 * chooser, a plain GET form ?mau=…, and a file input for a draft file) and the blank printable forms;
 * this island shows the chosen template's form in their place, or, on the start page, the in-app
 * browser notice, the drafts kept on this device, and what came of a chosen draft file.
 */
export default function ReportIsland({ templates, startFile, prerendered, prerenderedFor = '', touched, onReady }: Props) {
  const ids = useMemo(() => templates.map((t) => t.id), [templates]);
  const [state, setState] = useState<State>(() => ({ id: prerendered ?? templateFromAddress(ids), draft: null, notice: null }));
  const [file, setFile] = useState<File | undefined>(startFile);
  const template = templates.find((t) => t.id === state.id);
  const ua = useUserAgent();
  const inApp = useMemo(() => detectInAppBrowser(ua), [ua]);
  useEffect(() => onReady?.(), []);

  useEffect(() => {
    document.documentElement.dataset['report'] = template ? 'form' : 'start';
    if (!template) document.title = pageTitle;
    for (const el of document.querySelectorAll<HTMLElement>('[data-report-chooser]')) el.hidden = template !== undefined;
  }, [template]);
  useEffect(() => {
    // Back and Forward between templates (or to the start page); steps inside a template are the form's own.
    const onPop = () => setState((s) => (templateFromAddress(ids) === s.id ? s : { id: templateFromAddress(ids), draft: null, notice: null }));
    const onFile = (e: Event) => setFile((e as CustomEvent<File>).detail);
    window.addEventListener('popstate', onPop);
    window.addEventListener(OPEN_FILE_EVENT, onFile);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener(OPEN_FILE_EVENT, onFile);
    };
  }, [ids]);

  /** A draft file was opened (and stored): show its template's form. */
  const openDraft = ({ draft, notice }: OpenedDraft) => {
    history.pushState(null, '', reportHref({ templateId: draft.templateId, step: null, fromCheck: false }));
    setFile(undefined);
    setState({ id: draft.templateId, draft, notice });
  };

  let content;
  if (template) {
    content = (
      <FormFlow
        key={`${template.id}-${state.draft?.savedAt ?? 'stored'}`}
        template={template}
        initialDraft={state.draft ?? loadDraft(template.id, ids)}
        initialNotice={state.notice ?? startNotice(loadDraft(template.id, ids))}
        onOpenDraft={openDraft}
        touched={touched}
      />
    );
  } else {
    content = (
      <Suspense fallback={null}>
        <StartPage
          inApp={inApp}
          fileView={
            file && (
              <Suspense fallback={<p role="status">Đang mở tệp…</p>}>
                <OpenDraftFile current={null} file={file} withInput={false} onOpen={openDraft} />
              </Suspense>
            )
          }
        />
      </Suspense>
    );
  }
  return (
    <PrerenderedUserAgent.Provider value={prerenderedFor}>
      <TemplatesContext.Provider value={{ templates, ids }}>{content}</TemplatesContext.Provider>
    </PrerenderedUserAgent.Provider>
  );
}

function startNotice(draft: Draft | null): string | null {
  return draft ? `Đã mở lại bản nháp lưu lúc ${formatMoment(draft.savedAt)}.` : null;
}
