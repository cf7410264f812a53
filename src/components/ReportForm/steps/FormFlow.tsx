import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnyField, ReportTemplate } from '~/schemas/report-template';
import { fitToTemplate, isEmptyDraft, makeDraft, type Answers, type Draft, type OrphanAnswer } from '~/lib/report/draft';
import { allFields, emptyAnswers } from '~/lib/report/fields';
import { buildSteps, placeFromSearch, searchForPlace, stepLabel, type Place } from '~/lib/report/steps';
import { deletesIdleSiteData, whatWorksHere } from '~/lib/report/browser-env';
import { draftName } from '~/lib/report/draft-name';
import { removeDraft } from '~/lib/report/storage';
import { checkFailedMessage } from '../shared/load-messages';
import { DraftStatus } from '../drafts/DraftStatus';
import DraftTools from '../drafts/DraftTools';
import type { SummaryError } from './ErrorSummary';
import { Field } from './Field';
import { lazyZodResolver } from './lazy-resolver';
import { lazyWithRetry } from '../shared/lazy-part';
import { useAnswers } from './useAnswers';
import { useDraftSync } from '../drafts/useDraftSync';
import { useTemplates } from '../start/templates-context';
import type { OpenedDraft } from '../drafts/OpenDraftFile';
import { pageTitle } from '../start/page-title';
// Inside an app's built-in browser the notice is in the first step's first render (not loaded after it),
// so it never moves the page when it arrives.
import InAppNotice from '../check/InAppNotice';
import { CopyDraftText } from '../drafts/CopyDraftText';

// Shown after a "Tiếp tục" that found a problem: it loads then, with the validation.
const ErrorSummary = lazyWithRetry(() => import('./ErrorSummary'));
// The check-answers page, print view and document model load when the member gets there.
// If its code does not come, the step's heading still shows, above the message.
const CheckAnswers = lazyWithRetry(() => import('../check/CheckAnswers'), { failed: (props) => props.heading });
// Shown only after a template change left text without a question.
const Orphans = lazyWithRetry(() => import('../drafts/Orphans'));

interface Props {
  template: ReportTemplate;
  /** Which of the device's drafts this is (`&nhap=…`). */
  draftId: string;
  /** The name the member gave this draft on the start page, if any. */
  draftGivenName?: string | undefined;
  /** What is stored for this template (or was just opened from a file and stored). */
  initialDraft: Draft | null;
  /** Said once at the top, e.g. that a draft file was opened. */
  initialNotice: string | null;
  /** A draft file was chosen and confirmed (any template). */
  onOpenDraft: (opened: OpenedDraft) => void;
}

/** The steps of one template: header, one step per section, then check answers. Each step has its own address. */
export function FormFlow({ template, draftId, draftGivenName, initialDraft, initialNotice, onOpenDraft }: Props) {
  const { ids } = useTemplates();
  const steps = useMemo(() => buildSteps(template), [template]);
  const fieldsById = useMemo(() => new Map(allFields(template).map((f) => [f.id, f])), [template]);
  const restored = useMemo(
    () => (initialDraft ? fitToTemplate(template, initialDraft) : { values: emptyAnswers(template), orphans: [] }),
    [template, initialDraft],
  );
  const [orphans, setOrphans] = useState<OrphanAnswer[]>(restored.orphans);
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const resolver = useMemo(() => lazyZodResolver(template), [template]);
  const form = useAnswers(restored.values, resolver);
  const { register, trigger, errorOf, getValues, setValue, reset, setFocus, errors, values } = form;
  const apply = useCallback(
    (answers: Answers) => {
      const now = getValues();
      for (const [id, text] of Object.entries(answers)) if (now[id] !== text) setValue(id, text);
    },
    [getValues, setValue],
  );
  const sync = useDraftSync({
    template,
    draftId,
    values,
    orphans,
    initial: { answers: restored.values, savedAt: initialDraft?.savedAt || null },
    knownTemplateIds: ids,
    apply,
  });
  const ua = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  const works = useMemo(whatWorksHere, []);
  const { inApp } = works;
  const title = draftName(template.title, values, draftGivenName);

  const [place, setPlace] = useState<Place>(() => placeFromSearch(location.search, steps));
  const [summary, setSummary] = useState<SummaryError[] | null>(null);
  // The last "Tiếp tục" could not download the form's engine or its check of the answers.
  const [checkFailed, setCheckFailed] = useState(false);
  const [focusField, setFocusField] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);
  /** An arrival whose heading has not been focused yet (the check page loads its code first). */
  const arriving = useRef(true);
  const label = stepLabel(place, steps);
  const [number, ...titleParts] = label.split(': ');
  const headingText = (
    <>
      <span className="rf-step-number">{number}: </span>
      {titleParts.join(': ')}
    </>
  );
  // Right under the step's heading: the first thing read on arrival, and on screen while typing.
  const status = <DraftStatus sync={sync.state} fieldsById={fieldsById} onResolve={sync.resolve} files={works.files} />;

  // Every arrival (a new step, Back, Forward, a reload): the title says the step; focus goes to the
  // heading, or to the field a "Sửa" link named; the heading comes to the top of the screen.
  const { quiet } = sync;
  useEffect(() => {
    document.title = `${label} – ${pageTitle}`;
    quiet();
    if (focusField) {
      setFocus(focusField);
      document.getElementById(`f-${focusField}`)?.scrollIntoView({ block: 'center' });
      setFocusField(null);
      arriving.current = false;
    } else {
      arriving.current = true;
      focusHeading(heading.current);
    }
    // Runs on arrival only: the place is what changed.
  }, [place]);
  const focusHeading = (el: HTMLHeadingElement | null) => {
    if (!el || !arriving.current) return;
    arriving.current = false;
    el.focus({ preventScroll: true });
    // After the frame that paints the step at its full height: scrolling in the same frame as the page
    // grows would count the content below as shifted (CLS).
    requestAnimationFrame(() => requestAnimationFrame(() => el.scrollIntoView({ block: 'start' })));
  };
  const headingRef = (el: HTMLHeadingElement | null) => {
    heading.current = el;
    focusHeading(el);
  };

  useEffect(() => {
    const onPop = () => {
      setSummary(null);
      setPlace(placeFromSearch(location.search, steps));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [steps]);

  const go = (next: Place) => {
    setSummary(null);
    setCheckFailed(false);
    history.pushState(null, '', searchForPlace(template.id, next, steps, draftId));
    setPlace(next);
  };
  const errorsOf = (fields: AnyField[]): SummaryError[] =>
    fields.flatMap((f) => {
      const message = errorOf(f.id);
      return message ? [{ id: f.id, message }] : [];
    });

  const current = steps[place.index];
  const submitLabel = place.fromCheck ? 'Lưu và quay lại' : place.index + 1 === steps.length ? 'Tiếp tục: kiểm tra lại' : 'Tiếp tục';
  const submit = async () => {
    if (!current) return;
    let ok: boolean;
    try {
      ok = await trigger(current.fields.map((f) => f.id));
    } catch {
      // A download failed (the draft is saved as typed): say so by the button; the next press tries again.
      return setCheckFailed(true);
    }
    setCheckFailed(false);
    if (!ok) return setSummary(errorsOf(current.fields));
    // Saved at once, so nothing waits on the debounce when the member moves on.
    sync.flush();
    go(place.fromCheck ? { index: steps.length, fromCheck: false } : { index: place.index + 1, fromCheck: false });
  };
  const editField = (fieldId: string) => {
    const target = steps.findIndex((s) => s.fields.some((f) => f.id === fieldId));
    if (target < 0) return;
    setFocusField(fieldId);
    go({ index: target, fromCheck: true });
  };
  const deleteDraft = () => {
    const ok = removeDraft(template.id, draftId);
    const empty = emptyAnswers(template);
    sync.forget(empty);
    reset(empty);
    setOrphans([]);
    setNotice(ok ? 'Đã xóa bản nháp trên máy này.' : 'Trình duyệt không cho xóa bản nháp; các ô đã được để trống.');
    go({ index: 0, fromCheck: false });
  };

  return (
    <div
      className="rf-flow"
      data-report-flow={template.id}
      // The member's first touch of the form loads its engine (react-hook-form); the heading that takes
      // focus on arrival does not count.
      onPointerDown={form.load}
      onKeyDown={form.load}
      onFocus={(e) => e.target !== heading.current && form.load()}
    >
      {form.engine}
      <p className="no-print">
        <a href="/bao-cao/">Chọn mẫu khác</a>
      </p>
      <p className="rf-template-title no-print">{template.title}</p>
      {notice && <p className="rf-notice no-print" role="status">{notice}</p>}
      {orphans.length > 0 && (
        <Suspense fallback={null}>
          <Orphans orphans={orphans} onDismiss={(i) => setOrphans((o) => o.filter((_, j) => j !== i))} />
        </Suspense>
      )}
      {current ? (
        <form
          className="no-print"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {summary && summary.length > 0 && (
            <Suspense fallback={null}>
              <ErrorSummary errors={summary} onFollow={(id) => setFocus(id)} />
            </Suspense>
          )}
          <h2 ref={headingRef} tabIndex={-1} data-step-heading>{headingText}</h2>
          {status}
          {place.index === 0 && inApp && (
            <InAppNotice app={inApp} where="start">
              <CopyDraftText currentDraft={() => makeDraft(template, getValues(), orphans)} title={title} primary={false} />
            </InAppNotice>
          )}
          {place.index === 0 && template.note && <p className="rf-note">{template.note}</p>}
          {current.intro && place.index === 0 && <p className="rf-intro">{current.intro}</p>}
          {current.intro && place.index > 0 && (
            // Collapsed after the first step, so the first question is on the first screen.
            <details className="rf-intro">
              <summary>Về bước này</summary>
              <p>{current.intro}</p>
            </details>
          )}
          {current.fields.map((f) => (
            <Field key={f.id} field={f} register={register} value={values[f.id] ?? ''} error={errors[f.id]} />
          ))}
          {checkFailed && (
            <p className="rf-warning" role="alert" data-check-failed>
              {checkFailedMessage(submitLabel)}
            </p>
          )}
          <div className="rf-actions">
            <button type="submit" className="rf-button">
              {submitLabel}
            </button>
            {place.index > 0 && !place.fromCheck && (
              <button type="button" className="rf-button rf-button--secondary" onClick={() => go({ index: place.index - 1, fromCheck: false })}>
                Quay lại
              </button>
            )}
          </div>
        </form>
      ) : (
        <Suspense fallback={<p role="status">Đang mở trang kiểm tra…</p>}>
          <CheckAnswers
            template={template}
            steps={steps}
            values={getValues()}
            heading={
              <>
                <h2 ref={headingRef} tabIndex={-1} data-step-heading>{headingText}</h2>
                {status}
              </>
            }
            works={works}
            validate={() => trigger()}
            errorsOf={errorsOf}
            onEdit={editField}
            onBack={() => go({ index: steps.length - 1, fromCheck: false })}
          />
        </Suspense>
      )}
      <DraftTools
        currentDraft={() => makeDraft(template, getValues(), orphans)}
        title={title}
        draftId={draftId}
        files={works.files}
        hasText={!isEmptyDraft(values, orphans)}
        savedAt={sync.state.savedAt}
        idleDeletion={deletesIdleSiteData(ua)}
        onDelete={deleteDraft}
        onOpen={onOpenDraft}
      />
    </div>
  );
}
