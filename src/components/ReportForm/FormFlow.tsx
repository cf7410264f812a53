import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { AnyField, ReportTemplate } from '~/schemas/report-template';
import { DraftTools } from './DraftTools';
import { fitToTemplate, isEmptyDraft, makeDraft, type Draft, type OrphanAnswer } from '~/lib/report/draft';
import { ErrorSummary, type SummaryError } from './ErrorSummary';
import { Field } from './Field';
import { lazyZodResolver } from './lazy-resolver';
import type { FormValues } from '~/lib/report/form-schema';
import { removeDraft } from '~/lib/report/storage';
import { useAutosave } from './useAutosave';

// The check-answers page, print view and document model load when the member gets there.
const CheckAnswers = lazy(() => import('./CheckAnswers'));
// Shown only after a template change left text without a question.
const Orphans = lazy(() => import('./Orphans'));

export interface Step {
  id: string;
  title: string;
  intro?: string | undefined;
  fields: AnyField[];
}

interface Props {
  template: ReportTemplate;
  knownTemplateIds: readonly string[];
  initialDraft: Draft | null;
  /** A draft file for another template was opened. */
  onOpenOtherTemplate: (draft: Draft) => void;
}

const empty = (t: ReportTemplate): FormValues =>
  Object.fromEntries([...t.header, ...t.parts.flatMap((p) => p.sections.flatMap((s) => s.fields))].map((f) => [f.id, '']));

/** The steps of one template: header, one step per section, then check answers. */
export function FormFlow({ template, knownTemplateIds, initialDraft, onOpenOtherTemplate }: Props) {
  const steps: Step[] = useMemo(
    () => [
      { id: 'dau-bao-cao', title: 'Thông tin ở đầu giấy tờ', fields: template.header },
      ...template.parts.flatMap((p) => p.sections.map((s) => ({ id: s.id, title: s.title, intro: s.intro, fields: s.fields }))),
    ],
    [template],
  );
  const restored = useMemo(() => (initialDraft ? fitToTemplate(template, initialDraft) : { values: empty(template), orphans: [] }), [template, initialDraft]);
  const [orphans, setOrphans] = useState<OrphanAnswer[]>(restored.orphans);
  const [notice, setNotice] = useState<string | null>(
    initialDraft?.savedAt ? `Đã mở lại bản nháp lưu lúc ${new Date(initialDraft.savedAt).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'numeric', year: 'numeric' })}.` : null,
  );
  const resolver = useMemo(() => lazyZodResolver(template), [template]);
  const {
    register,
    control,
    trigger,
    getFieldState,
    getValues,
    reset,
    setFocus,
    formState: { errors },
  } = useForm<FormValues>({
    defaultValues: restored.values,
    resolver,
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as FormValues;
  const autosave = useAutosave(template, values, orphans, false);
  const [step, setStep] = useState(0);
  const [summary, setSummary] = useState<SummaryError[] | null>(null);
  const [focusField, setFocusField] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // After a step change, focus goes to the step's heading, or to the field a "Sửa" link named.
    if (focusField) {
      setFocus(focusField);
      setFocusField(null);
      moved.current = false;
    } else if (moved.current) {
      // Focusing the heading also scrolls it into view, past the page's introduction.
      heading.current?.focus();
      moved.current = false;
    }
  }, [step, focusField, setFocus]);

  const go = (next: number) => {
    moved.current = true;
    setSummary(null);
    setStep(next);
  };
  const errorsOf = (fields: AnyField[]): SummaryError[] =>
    fields.flatMap((f) => {
      const message = getFieldState(f.id).error?.message;
      return message ? [{ id: f.id, message }] : [];
    });

  const current = steps[step];
  const next = async () => {
    if (!current) return;
    const ok = await trigger(current.fields.map((f) => f.id));
    if (ok) go(step + 1);
    else setSummary(errorsOf(current.fields));
  };
  const editField = (fieldId: string) => {
    const target = steps.findIndex((s) => s.fields.some((f) => f.id === fieldId));
    if (target < 0) return;
    go(target);
    setFocusField(fieldId);
  };
  const openDraft = (draft: Draft) => {
    if (draft.templateId !== template.id) return onOpenOtherTemplate(draft);
    const fitted = fitToTemplate(template, draft);
    reset(fitted.values);
    setOrphans(fitted.orphans);
    setNotice('Đã mở bản nháp từ tệp.');
    go(0);
  };
  const deleteDraft = () => {
    const ok = removeDraft(template.id);
    reset(empty(template));
    setOrphans([]);
    setNotice(ok ? 'Đã xóa bản nháp trên máy này.' : 'Trình duyệt không cho xóa bản nháp; các ô đã được để trống.');
    go(0);
  };

  return (
    <div className="rf-flow">
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
            void next();
          }}
        >
          {summary && summary.length > 0 && <ErrorSummary errors={summary} onFollow={(id) => setFocus(id)} />}
          <p className="rf-progress">Bước {step + 1} trên {steps.length + 1}</p>
          <h2 ref={heading} tabIndex={-1}>{current.title}</h2>
          {current.intro && <p className="rf-intro">{current.intro}</p>}
          {step === 0 && template.note && <p className="rf-note">{template.note}</p>}
          {current.fields.map((f) => (
            <Field key={f.id} field={f} register={register} control={control} error={errors[f.id]?.message} />
          ))}
          <div className="rf-actions">
            <button type="submit" className="rf-button">{step + 1 === steps.length ? 'Tiếp tục: kiểm tra lại' : 'Tiếp tục'}</button>
            {step > 0 && <button type="button" className="rf-button rf-button--secondary" onClick={() => go(step - 1)}>Quay lại</button>}
          </div>
        </form>
      ) : (
        <Suspense fallback={<p role="status">Đang mở trang kiểm tra…</p>}>
          <CheckAnswers template={template} steps={steps} values={getValues()} headingRef={heading} validate={() => trigger()} errorsOf={errorsOf} onEdit={editField} onBack={() => go(steps.length - 1)} />
        </Suspense>
      )}
      <DraftTools
        autosave={autosave}
        knownTemplateIds={knownTemplateIds}
        currentDraft={() => makeDraft(template, getValues(), orphans)}
        hasText={!isEmptyDraft(values, orphans)}
        onDelete={deleteDraft}
        onOpen={openDraft}
      />
    </div>
  );
}
