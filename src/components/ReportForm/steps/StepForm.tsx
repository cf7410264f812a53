import { Suspense, useState, type ReactNode, type Ref } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';
import type { InAppBrowser } from '~/lib/report/browser-env';
import type { Place, Step, StepLabel } from '~/lib/report/steps';
// Inside an app's built-in browser; not loaded on demand, so the page's copy of the first step carries it.
import InAppNotice from '../check/InAppNotice';
import { lazyWithRetry } from '../shared/lazy-part';
import type { SummaryError } from './ErrorSummary';
import { Field } from './Field';
import { StepHeading } from './StepHeading';
import { fieldErrors, type AnswersForm } from './useAnswers';

// Shown after a "Tiếp tục" that found a problem: it loads then, with the validation.
const ErrorSummary = lazyWithRetry(() => import('./ErrorSummary'));

/** Beside the step's button, when its check of the answers could not be downloaded. */
const checkFailedMessage = (button: string) =>
  `Chưa tải được phần kiểm tra câu trả lời (mạng yếu?). Những gì đồng chí đã gõ vẫn còn. Bấm “${button}” lần nữa để thử lại.`;

interface Props {
  template: ReportTemplate;
  steps: Step[];
  place: Place;
  label: StepLabel;
  headingRef: Ref<HTMLHeadingElement>;
  /** The draft's state, right under the heading. */
  status: ReactNode;
  inApp: InAppBrowser | null;
  /** Inside an app's notice: the control that carries the draft to the phone's browser. */
  carryOut: ReactNode;
  form: AnswersForm;
  /** The step's answers are valid: save them now and move on. */
  onDone: () => void;
  onBack: () => void;
}

/**
 * One step of the form: its heading, the draft's state, its questions, and "Tiếp tục", which validates
 * the step's answers (loading the check's code the first time) before moving on.
 */
export function StepForm({
  template,
  steps,
  place,
  label,
  headingRef,
  status,
  inApp,
  carryOut,
  form,
  onDone,
  onBack,
}: Props) {
  const [summary, setSummary] = useState<SummaryError[] | null>(null);
  // The last "Tiếp tục" could not download the form's engine or its check of the answers.
  const [checkFailed, setCheckFailed] = useState(false);
  const current = steps[place.index];
  if (!current) return null;
  const first = place.index === 0;
  const submitLabel = place.fromCheck
    ? 'Lưu và quay lại'
    : place.index + 1 === steps.length
      ? 'Tiếp tục: kiểm tra lại'
      : 'Tiếp tục';
  const submit = async () => {
    let ok: boolean;
    try {
      ok = await form.trigger(current.fields.map((f) => f.id));
    } catch {
      // A download failed (the draft is saved as typed): say so by the button; the next press tries again.
      return setCheckFailed(true);
    }
    setCheckFailed(false);
    if (!ok) return setSummary(fieldErrors(form, current.fields));
    onDone();
  };

  return (
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
          <ErrorSummary errors={summary} onFollow={(id) => form.setFocus(id)} />
        </Suspense>
      )}
      <StepHeading label={label} headingRef={headingRef} />
      {status}
      {first && inApp && (
        <InAppNotice app={inApp} where="start">
          {carryOut}
        </InAppNotice>
      )}
      {first && template.note && <p className="rf-note">{template.note}</p>}
      {current.intro && first && <p className="rf-intro">{current.intro}</p>}
      {current.intro && !first && (
        // Collapsed after the first step, so the first question is on the first screen.
        <details className="rf-intro">
          <summary>Về bước này</summary>
          <p>{current.intro}</p>
        </details>
      )}
      {current.fields.map((f) => (
        <Field
          key={f.id}
          field={f}
          register={form.register}
          value={form.values[f.id] ?? ''}
          error={form.errors[f.id]}
        />
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
        {!first && !place.fromCheck && (
          <button type="button" className="rf-button rf-button--secondary" onClick={onBack}>
            Quay lại
          </button>
        )}
      </div>
    </form>
  );
}
