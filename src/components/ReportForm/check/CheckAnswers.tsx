import { useMemo, type ReactNode, type Ref } from 'react';
import { buildDocument } from '~/lib/report/model';
import { formatPartialDate } from '~/lib/format';
import type { Answers } from '~/lib/report/fields';
import type { WhatWorks } from '~/lib/report/browser-env';
import { editLinkId, type Step, type StepLabel } from '~/lib/report/steps';
import type { ReportTemplate } from '~/schemas/report-template';
import { RetryAlert } from '../shared/RetryAlert';
import ErrorSummary, { type SummaryError } from '../steps/ErrorSummary';
import { StepHeading } from '../steps/StepHeading';
import { ExportActions } from './ExportActions';
import InAppNotice from './InAppNotice';
import { ListenBack } from './ListenBack';
import { PrintDocument } from './PrintDocument';

/** When the check of every answer could not be downloaded (the page was opened directly); "Thử lại" follows. */
const finalCheckFailedMessage =
  'Chưa tải được phần kiểm tra câu trả lời (mạng yếu?), nên chưa kiểm tra được các câu trả lời. Những gì đồng chí đã gõ vẫn còn. Bấm “Thử lại”.';

interface Props {
  template: ReportTemplate;
  steps: Step[];
  values: Answers;
  label: StepLabel;
  /** The heading is focused on arrival by the form. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The draft's state, right under the heading. */
  status: ReactNode;
  /** What works where the page is open (an app's built-in browser: only the copy). */
  works: WhatWorks;
  /** What the check of every answer found on the way in (see useFinalCheck). */
  check: { problems: SummaryError[]; failed: boolean; retry: () => void };
  onEdit: (fieldId: string) => void;
  onBack: () => void;
}

/** Check your answers, then download the .docx, copy, share or print. It only shows: the form checks. */
export default function CheckAnswers({
  template,
  steps,
  values,
  label,
  headingRef,
  status,
  works,
  check,
  onEdit,
  onBack,
}: Props) {
  const model = useMemo(() => buildDocument(template, values), [template, values]);
  const { problems } = check;

  return (
    <div className="rf-check" data-check-answers>
      <div className="no-print">
        {problems.length > 0 && <ErrorSummary errors={problems} onFollow={onEdit} />}
        <StepHeading label={label} headingRef={headingRef} />
        {status}
        {check.failed && <RetryAlert message={finalCheckFailedMessage} onRetry={check.retry} />}
        <p>Đọc lại các câu trả lời. Muốn sửa câu nào, bấm “Sửa” bên cạnh câu đó.</p>
        <ListenBack steps={steps} values={values} />
        {steps.map((step) => (
          <section key={step.id} aria-labelledby={`rf-sum-${step.id}`}>
            <h3 id={`rf-sum-${step.id}`}>{step.title}</h3>
            <dl className="rf-summary">
              {step.fields.map((f) => (
                <div key={f.id} className="rf-summary__row">
                  <dt>{f.label}</dt>
                  <dd className="rf-summary__value">
                    {!values[f.id]?.trim() ? (
                      <span className="muted">Chưa trả lời</span>
                    ) : f.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(values[f.id]!) ? (
                      formatPartialDate(values[f.id]!)
                    ) : (
                      values[f.id]
                    )}
                  </dd>
                  <dd className="rf-summary__action">
                    <a
                      id={editLinkId(f.id)}
                      href={`#f-${f.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onEdit(f.id);
                      }}
                    >
                      Sửa<span className="visually-hidden"> câu trả lời “{f.label}”</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <h3>{works.files ? 'Tải về, chép, gửi hoặc in' : 'Chép báo cáo'}</h3>
        {works.files && (
          <p>
            Tệp Word (.docx) mở được bằng Word hoặc LibreOffice để sửa tiếp và in. Trình bày theo thể thức văn bản của
            Đảng trong phạm vi các nguồn trang này có; chi bộ có thể yêu cầu cách trình bày khác, kể cả phần ký tên.
          </p>
        )}
        {works.inApp && <InAppNotice app={works.inApp} where="download" />}
        <ExportActions
          model={model}
          title={template.title}
          disabled={problems.length > 0}
          works={works}
          onBack={onBack}
        />
        <h3>Bản xem trước</h3>
      </div>
      <PrintDocument model={model} />
    </div>
  );
}
