import { Suspense, useEffect, useMemo, useState } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';
import type { Draft } from '~/lib/report/draft';
import { formatMoment } from '~/lib/format';
import { listDrafts, loadDraft, newDraftId, storedDraftName } from '~/lib/report/storage';
import { chosenTemplate, readReportAddress, reportHref } from '~/lib/report/address';
import { NEW_DRAFT } from '~/lib/report/steps';
import { FormFlow } from '../steps/FormFlow';
import { OpenDraftFile } from '../drafts/DraftTools';
import type { OpenedDraft } from '../drafts/OpenDraftFile';
import { TemplatesContext, type TemplateName } from './templates-context';
import { loadTemplate } from './template-data';
import { RetryAlert } from '../shared/RetryAlert';
import { pageTitle } from './page-title';
import { lazyWithRetry } from '../shared/lazy-part';
import { PrerenderedUserAgent } from '../shared/useUserAgent';

// The start page's part of the island: drafts on this device, a chosen file, the in-app notice.
const StartPage = lazyWithRetry(() => import('./StartPage'));

/** The start page's file input hands a chosen file to the mounted island with this event. */
export const OPEN_FILE_EVENT = 'gtlt:mo-ban-nhap';
/** The start page's "Dán bản nháp" asks the mounted island for the paste box with this event. */
export const OPEN_PASTE_EVENT = 'gtlt:dan-ban-nhap';

interface Props {
  /** Every template of the collection, in chooser order, by name. */
  templates: TemplateName[];
  /** The data of the template the address opens, when it is already at hand (the others are fetched). */
  opening?: ReportTemplate | undefined;
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
  /** The start page's "Dán bản nháp" was pressed before the island was loaded. */
  startPaste?: boolean | undefined;
}

interface State {
  id: string | null;
  /** Which of the device's drafts of that template is open (`&nhap=…`). */
  draftId: string;
  /** A draft just opened from a file (already stored when the browser allows). */
  draft: Draft | null;
  notice: string | null;
}

const templateFromAddress = (ids: readonly string[]): string | null => chosenTemplate(window.location.search, ids);

/**
 * The draft the address opens: the one it names; a new one for `nhap=moi`; with no `nhap`, the template's
 * most recent draft on this device (as before there were several), else a new one.
 */
function draftFromAddress(templateId: string | null, ids: readonly string[]): string {
  // While the page is built: a new draft (its id is in no markup, so the copy matches any).
  if (typeof window === 'undefined') return newDraftId();
  const asked = readReportAddress(window.location.search).draftId;
  if (asked && asked !== NEW_DRAFT) return asked;
  const latest =
    asked === NEW_DRAFT || !templateId ? undefined : listDrafts(ids).find((d) => d.templateId === templateId);
  return latest?.draftId ?? newDraftId();
}

const stateFromAddress = (ids: readonly string[], prerendered?: string): State => {
  const id = prerendered ?? templateFromAddress(ids);
  return { id, draftId: draftFromAddress(id, ids), draft: null, notice: null };
};

/**
 * The report drafting island. Runs only in the browser. The page carries the start page (the template
 * chooser, a plain GET form ?mau=…, and a file input for a draft file) and the blank printable forms;
 * this island shows the chosen template's form in their place, or, on the start page, the in-app
 * browser notice, the drafts kept on this device, and what came of a chosen draft file.
 */
export default function ReportIsland({
  templates,
  opening,
  startFile,
  startPaste = false,
  prerendered,
  prerenderedFor = '',
  touched,
  onReady,
}: Props) {
  const ids = useMemo(() => templates.map((t) => t.id), [templates]);
  const [state, setState] = useState<State>(() => stateFromAddress(ids, prerendered));
  const [file, setFile] = useState<File | undefined>(startFile);
  const [loaded, setLoaded] = useState<Record<string, ReportTemplate>>(() =>
    opening ? { [opening.id]: opening } : {},
  );
  const [loadFailed, setLoadFailed] = useState(false);
  const template = state.id ? loaded[state.id] : undefined;
  const fetchTemplate = (templateId: string) => {
    setLoadFailed(false);
    loadTemplate(templateId).then(
      (t) => setLoaded((all) => ({ ...all, [t.id]: t })),
      () => setLoadFailed(true),
    );
  };
  // Another template opened (a draft of it, Back or Forward): its data is fetched now.
  useEffect(() => {
    if (state.id && !loaded[state.id]) fetchTemplate(state.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.id]);
  const [paste, setPaste] = useState(startPaste);
  // Once, when the island has taken over the page's copy of the first step.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onReady?.(), []);

  const onForm = state.id !== null;
  useEffect(() => {
    document.documentElement.dataset['report'] = onForm ? 'form' : 'start';
    if (!onForm) document.title = pageTitle;
    for (const el of document.querySelectorAll<HTMLElement>('[data-report-chooser]')) el.hidden = onForm;
  }, [onForm]);
  useEffect(() => {
    // Back and Forward between templates (or to the start page); steps inside a template are the form's own.
    const onPop = () =>
      setState((s) => {
        const asked = readReportAddress(location.search).draftId;
        return templateFromAddress(ids) === s.id && (asked === null || asked === s.draftId) ? s : stateFromAddress(ids);
      });
    const onFile = (e: Event) => {
      setPaste(false);
      setFile((e as CustomEvent<File>).detail);
    };
    const onPaste = () => {
      setFile(undefined);
      setPaste(true);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener(OPEN_FILE_EVENT, onFile);
    window.addEventListener(OPEN_PASTE_EVENT, onPaste);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener(OPEN_FILE_EVENT, onFile);
      window.removeEventListener(OPEN_PASTE_EVENT, onPaste);
    };
  }, [ids]);

  // The address always names the open draft, so a reload, Back or a second tab open this same one.
  useEffect(() => {
    if (!state.id) return;
    const address = readReportAddress(location.search);
    if (address.draftId === state.draftId) return;
    history.replaceState(history.state, '', reportHref({ ...address, draftId: state.draftId }));
  }, [state.id, state.draftId]);

  /** A draft file or text was opened (and stored): show its template's form. */
  const openDraft = ({ draft, draftId, notice }: OpenedDraft) => {
    history.pushState(null, '', reportHref({ templateId: draft.templateId, draftId }));
    setFile(undefined);
    setPaste(false);
    setState({ id: draft.templateId, draftId, draft, notice });
  };

  let content;
  if (template) {
    content = (
      <FormFlow
        key={`${template.id}-${state.draftId}-${state.draft?.savedAt ?? 'stored'}`}
        template={template}
        draftId={state.draftId}
        draftGivenName={storedDraftName(template.id, state.draftId)}
        initialDraft={state.draft ?? loadDraft(template.id, state.draftId, ids)}
        initialNotice={state.notice ?? startNotice(loadDraft(template.id, state.draftId, ids))}
        onOpenDraft={openDraft}
        touched={touched}
      />
    );
  } else if (state.id) {
    content = loadFailed ? (
      <RetryAlert message={templateFailedMessage} onRetry={() => fetchTemplate(state.id!)} />
    ) : (
      <p role="status">Đang mở mẫu báo cáo…</p>
    );
  } else {
    content = (
      <Suspense fallback={null}>
        <StartPage
          fileView={
            (file || paste) && (
              <Suspense fallback={<p role="status">Đang mở…</p>}>
                <OpenDraftFile
                  current={null}
                  file={file}
                  withInput={false}
                  paste={paste}
                  onOpen={openDraft}
                  onClose={paste ? () => setPaste(false) : undefined}
                />
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

const templateFailedMessage =
  'Chưa tải được mẫu báo cáo này (mạng yếu?). Bản nháp đã lưu trên máy này vẫn còn nguyên. Bấm “Thử lại”.';

function startNotice(draft: Draft | null): string | null {
  return draft ? `Đã mở lại bản nháp lưu lúc ${formatMoment(draft.savedAt)}.` : null;
}
