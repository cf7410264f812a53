import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';
import {
  fitToTemplate,
  isEmptyDraft,
  makeDraft,
  type Answers,
  type Draft,
  type OrphanAnswer,
} from '~/lib/report/draft';
import { allFields, emptyAnswers } from '~/lib/report/fields';
import { buildSteps, editLinkId } from '~/lib/report/steps';
import { deletesIdleSiteData, whatWorks } from '~/lib/report/browser-env';
import { draftName } from '~/lib/report/draft-name';
import { removeDraft } from '~/lib/report/storage';
import { useFinalCheck } from '../check/useFinalCheck';
import { DraftStatus } from '../drafts/DraftStatus';
import { CopyDraftText } from '../drafts/CopyDraftText';
import DraftTools from '../drafts/DraftTools';
import type { OpenedDraft } from '../drafts/OpenDraftFile';
import { useDraftSync } from '../drafts/useDraftSync';
import { lazyWithRetry } from '../shared/lazy-part';
import { useTemplates } from '../start/templates-context';
import { useUserAgent } from '../shared/useUserAgent';
import { StepHeading } from './StepHeading';
import { StepForm } from './StepForm';
import { lazyZodResolver } from './lazy-resolver';
import { useAnswers } from './useAnswers';
import { useArrivalFocus } from './useArrivalFocus';
import { useStepPlace } from './useStepPlace';

// The check-answers page, print view and document model load when the member gets there.
// If its code does not come, the step's heading still shows, above the message.
const CheckAnswers = lazyWithRetry(() => import('../check/CheckAnswers'), {
  failed: ({ label, headingRef, status }) => (
    <>
      <StepHeading label={label} headingRef={headingRef} />
      {status}
    </>
  ),
});
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
  /** The member already touched the form (before the island took over the page's copy): load the engine now. */
  touched?: boolean | undefined;
}

/** The steps of one template: header, one step per section, then check answers. Each step has its own address. */
export function FormFlow({
  template,
  draftId,
  draftGivenName,
  initialDraft,
  initialNotice,
  onOpenDraft,
  touched,
}: Props) {
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
  const { getValues, setValue, reset, setFocus, values } = form;
  useEffect(() => {
    if (touched) form.load();
    // Once, when the island takes over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
  const ua = useUserAgent();
  // Web Share matters only on the check page, never in the page's copy of the first step.
  const works = useMemo(() => whatWorks(ua, typeof globalThis.navigator?.share === 'function'), [ua]);
  const { inApp } = works;
  const title = draftName(template.title, values, draftGivenName);

  const { place, go, label, onCheckPage } = useStepPlace(template.id, steps, draftId);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const arrival = useArrivalFocus(place, `${label.number}: ${label.title}`, {
    focusField: setFocus,
    firstInView: () => noticeRef.current,
  });
  const finalCheck = useFinalCheck(onCheckPage, form, steps);
  // Right under the step's heading: the first thing read on arrival, and on screen while typing.
  const status = <DraftStatus sync={sync.state} fieldsById={fieldsById} onResolve={sync.resolve} files={works.files} />;
  const headed = { label, headingRef: arrival.headingRef, status };

  /** The question a "Sửa" link opened: "Lưu và quay lại" returns to its row. */
  const editing = useRef<string | null>(null);
  const editField = (fieldId: string) => {
    const target = steps.findIndex((s) => s.fields.some((f) => f.id === fieldId));
    if (target < 0) return;
    editing.current = fieldId;
    arrival.focusOnArrival(fieldId);
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
    // Not a control: the first pointer, key or focus anywhere in the form loads its engine.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="rf-flow"
      data-report-flow={template.id}
      // The member's first touch of the form loads its engine (react-hook-form); the heading that takes
      // focus on arrival does not count.
      onPointerDown={form.load}
      onKeyDown={form.load}
      onFocus={(e) => e.target !== arrival.heading.current && form.load()}
    >
      {form.engine}
      <p className="rf-other-template no-print">
        <a href="/bao-cao/">Chọn mẫu khác</a>
      </p>
      <p className="rf-template-title no-print">{template.title}</p>
      {notice && (
        <p className="rf-notice no-print" role="status" ref={noticeRef}>
          {notice}
        </p>
      )}
      {orphans.length > 0 && (
        <Suspense fallback={null}>
          <Orphans orphans={orphans} onDismiss={(i) => setOrphans((o) => o.filter((_, j) => j !== i))} />
        </Suspense>
      )}
      {onCheckPage ? (
        <Suspense fallback={<p role="status">Đang mở trang kiểm tra…</p>}>
          <CheckAnswers
            {...headed}
            template={template}
            steps={steps}
            values={getValues()}
            works={works}
            check={finalCheck}
            onEdit={editField}
            onBack={() => go({ index: steps.length - 1, fromCheck: false })}
          />
        </Suspense>
      ) : (
        <StepForm
          {...headed}
          // A new step starts with no error summary and no failed check.
          key={`${place.index}-${place.fromCheck}`}
          template={template}
          steps={steps}
          place={place}
          form={form}
          inApp={inApp}
          // The control that carries the draft out of the app, inside the app's notice.
          carryOut={
            <CopyDraftText
              currentDraft={() => makeDraft(template, getValues(), orphans)}
              title={title}
              primary={false}
            />
          }
          onDone={() => {
            // Saved at once, so nothing waits on the debounce when the member moves on.
            sync.flush();
            if (place.fromCheck) {
              // After a reload the question is not known: the step's first one.
              const fieldId = editing.current ?? steps[place.index]?.fields[0]?.id;
              if (fieldId) arrival.returnOnArrival(editLinkId(fieldId));
              editing.current = null;
            }
            go(
              place.fromCheck
                ? { index: steps.length, fromCheck: false }
                : { index: place.index + 1, fromCheck: false },
            );
          }}
          onBack={() => go({ index: place.index - 1, fromCheck: false })}
        />
      )}
      <DraftTools
        currentDraft={() => makeDraft(template, getValues(), orphans)}
        title={title}
        draftId={draftId}
        files={works.files}
        hasText={!isEmptyDraft(values, orphans)}
        savedAt={sync.state.savedAt}
        // Not said while saving fails: "được lưu trên máy này" would then be untrue (the status says why).
        persisted={sync.state.problem ? null : (sync.state.persisted ?? null)}
        idleDeletion={deletesIdleSiteData(ua)}
        onDelete={deleteDraft}
        onOpen={onOpenDraft}
      />
    </div>
  );
}
